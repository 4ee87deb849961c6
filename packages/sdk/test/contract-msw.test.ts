/** The contract suite against the real API handler, run in-process by msw. */
import { baseUrl, useMockApi } from './helpers/mock-api.js';
import { contractSuite } from './helpers/contract.js';

useMockApi();
contractSuite(() => baseUrl);
