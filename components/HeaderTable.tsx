import type { ListedField } from '../lib/message/list-header-fields';
import { t } from '../extension/i18n';

/** The message's header fields, in order. Values are rendered as text nodes, never as HTML. */
export function HeaderTable({ fields }: { fields: ListedField[] }) {
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
            <th scope="row">{field.name}</th>
            <td>{field.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
