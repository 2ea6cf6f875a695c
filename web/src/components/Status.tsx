import { NotFound } from '../api.ts';
import { useT } from '../i18n.ts';
import type { Loaded } from '../useData.ts';

/** Loading / error line for a fetch that has not succeeded. */
export function Status({ value }: { value: Exclude<Loaded<unknown>, { state: 'ok' }> }) {
  const { t } = useT();
  if (value.state === 'loading') return <p className="status">{t.loading}</p>;
  return <p className="status error">{value.error instanceof NotFound ? t.notFound : `${t.failed}: ${value.error.message}`}</p>;
}
