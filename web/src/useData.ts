import { useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: Error };

/** Fetch on mount and whenever `key` changes; a newer request cancels the older one. */
export function useData<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [value, setValue] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const ctl = new AbortController();
    setValue({ state: 'loading' });
    load(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setValue({ state: 'ok', data }); },
      (error: Error) => { if (!ctl.signal.aborted) setValue({ state: 'error', error }); },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}
