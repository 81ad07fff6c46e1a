import { Fragment } from 'preact';
import { showControls } from '../lib/report/visible-text';

/**
 * A host name that breaks only where it must, and visibly on purpose when it does. Each label is one unbreakable
 * piece (a hyphen inside "eu-west-1" is no place to break), and the only break opportunities are before its
 * dots, so a continued line starts with ".example.com" and no line ends on a dot that reads as a full stop. The
 * name is one inline block: it moves whole to the next line when it fits there, and its continuation lines hang
 * indented under its first (style.css, .host).
 */
export function HostName({ name }: { name: string }) {
  const labels = showControls(name).split('.');
  return (
    <span class="mono host" data-host>
      {labels.map((label, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span class="host-label">{index > 0 ? `.${label}` : label}</span>
        </Fragment>
      ))}
    </span>
  );
}
