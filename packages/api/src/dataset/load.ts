import themes from '../../data/themes.json' with { type: 'json' };
import topics from '../../data/topics.json' with { type: 'json' };
import partners from '../../data/partners.json' with { type: 'json' };
import cities from '../../data/cities.json' with { type: 'json' };
import figures from '../../data/figures.json' with { type: 'json' };
import type { Dataset } from './validate.js';

/**
 * The embedded dataset. It is validated by the test command (scripts/validate-dataset.ts),
 * not at every start, so that the handler stays cheap to create in a browser or an edge worker.
 */
export const embeddedDataset = { themes, topics, partners, cities, figures } as unknown as Dataset;
