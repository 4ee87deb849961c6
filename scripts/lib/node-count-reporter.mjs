// Node test runner reporter that writes {"passed": N, "failed": N} for the closing summary line.
// Suites are not counted, only the tests in them; a file that fails to load counts as a failure.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // A suite passes or fails with its tests, which are counted themselves.
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') passed += 1;
    else failed += 1;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}
