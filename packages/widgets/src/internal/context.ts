import { createContext } from '@lit/context';
import type { FilterStore } from './store.js';

/** What `<nzc-partner-explorer>` shares with the elements inside it. */
export type ExplorerContext = {
  /** The API base URL set once on the explorer. */
  api: string | undefined;
  /** The shared filter state. */
  store: FilterStore;
};

export const explorerContext = createContext<ExplorerContext | undefined>(Symbol.for('@nzc/widgets.explorer'));
