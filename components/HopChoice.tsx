import type { EdgeSummary, OriginSummary } from '../lib/report/types';
import { useWords } from './words';

/** Which hop's client is judged as the sender: the edge (who handed it to the receiver), or the origin before a forwarder. */
export function HopChoice({ edge, origin, value, disabled, onChange }: {
  edge: EdgeSummary | null;
  origin: OriginSummary | null;
  value: 'edge' | 'origin';
  disabled: boolean;
  onChange: (hop: 'edge' | 'origin') => void;
}) {
  const { t } = useWords();
  if (!edge) return null;
  const describe = (hop: { ip: string | null; helo: string | null }) => `${hop.helo ?? '?'} [${hop.ip ?? '?'}]`;
  return (
    <fieldset class="hop-choice" data-testid="hop-choice" disabled={disabled}>
      <legend>{t('hopChoiceLegend')}</legend>
      <label>
        <input type="radio" name="hop" value="edge" checked={value === 'edge'} onChange={() => onChange('edge')} /> {t('hopChoiceEdge')}{' '}
        <span class="mono">{describe(edge)}</span>
      </label>
      {origin ? (
        <label>
          <input type="radio" name="hop" value="origin" data-testid="hop-origin" checked={value === 'origin'} onChange={() => onChange('origin')} />{' '}
          {t('hopChoiceOrigin')} <span class="mono">{describe(origin)}</span>
        </label>
      ) : (
        <p class="muted small">{t('hopChoiceNoOrigin')}</p>
      )}
    </fieldset>
  );
}
