// A @web/test-runner reporter that prints one closing line for CI:
//
//   wtr: 12 passed, 0 failed, 0 skipped
//
// It counts individual test cases across all test files and browsers. A test
// file that failed to load or run (session errors, or a failed session with no
// test results, or a file that never finished) counts as at least one failure, so a broken import can never
// look like a green run.
//
// wtr can swallow output written from a reporter's stop() hook, so the line is
// written from process 'exit' instead, after everything else has been printed.
import process from 'node:process';

/** Walks a (nested) mocha suite result and adds its tests to `counts`. */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** Counts the test cases of finished sessions. */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const own = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, own);
    const total = own.passed + own.failed + own.skipped;
    const broken =
      (session.errors?.length ?? 0) > 0 ||
      (session.passed === false && total === 0) ||
      // never finished (e.g. stopped by testsFinishTimeout) and reported nothing
      (session.status !== undefined && session.status !== 'FINISHED' && total === 0);
    if (broken && own.failed === 0) own.failed = 1;
    counts.passed += own.passed;
    counts.failed += own.failed;
    counts.skipped += own.skipped;
  }
  return counts;
}

export function formatSummary({ passed, failed, skipped }) {
  return `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function ciSummaryReporter() {
  let sessionManager;

  process.on('exit', () => {
    // Only a run that started prints a line: merely importing the config (as
    // other tools may) prints nothing, and a run that fails before it starts
    // (e.g. no test files) exits non-zero on its own.
    if (!sessionManager) return;
    // The session manager holds the final state of every session, also when
    // the run was stopped early (testsFinishTimeout, Ctrl-C).
    const counts = countSessions([...sessionManager.all()]);
    process.stdout.write(`\n${formatSummary(counts)}\n`);
  });

  return {
    start({ sessions }) {
      sessionManager = sessions;
    },
  };
}

export default ciSummaryReporter;
