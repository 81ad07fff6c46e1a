import { Fragment } from 'preact';
import { showControls } from '../lib/report/visible-text';

/**
 * A host name that wraps only at its dots: a <wbr> after each dot gives the line breaker those places, and
 * `.host` keeps overflow-wrap from cutting a label in two ("mxout4.mail.example.co / m") unless one label
 * alone is wider than the line.
 */
export function HostName({ name }: { name: string }) {
  const labels = showControls(name).split('.');
  return (
    <span class="mono host" data-host>
      {labels.map((label, index) => (
        // The dot stays in its label's text ("mail."): one piece of the name, then the break opportunity.
        <Fragment key={index}>
          {index < labels.length - 1 ? `${label}.` : label}
          {index < labels.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
