import type { ListedField } from '../lib/message/list-header-fields';
import { showControls } from '../lib/report/visible-text';
import { useWords } from './words';

/** The message's header fields, in order. Values are rendered as text nodes, never as HTML. */
export function HeaderTable({ fields }: { fields: ListedField[] }) {
  const { t } = useWords();
  return (
    <table class="header-table" aria-label={t('headerTableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('headerName')}</th>
          <th scope="col">{t('headerValue')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field, index) => (
          <tr key={index}>
            <th scope="row">{showControls(field.name)}</th>
            <td>{showControls(field.value, { lines: true, tabs: true })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
