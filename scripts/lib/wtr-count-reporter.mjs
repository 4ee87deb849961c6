// @web/test-runner reporter that writes {"passed": N, "failed": N} for the closing summary line.
// A test file that fails to load or throws outside a test counts as one failure. Skipped tests are
// listed by name (their titles say why: packages/widgets/src/internal/test/engines.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped.push(test.name);
      continue;
    }
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: [] };
      for (const session of sessions) {
        const before = counts.passed + counts.failed;
        if (session.testResults) countTests(session.testResults, counts);
        const ranNone = counts.passed + counts.failed === before;
        if ((session.errors?.length ?? 0) > 0 || (ranNone && !session.passed)) counts.failed += 1;
      }
      for (const name of counts.skipped) console.log(`skipped: ${name}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}
