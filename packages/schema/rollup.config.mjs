// The package's publishable ESM: one module per entry of publishConfig.exports.
import { library } from '../../scripts/lib/rollup-library.mjs';

export default library(import.meta.dirname);
