// A @web/test-runner reporter that prints one closing line for CI:
//
//   wtr: 12 passed, 0 failed, 0 skipped          (wtr (firefox): … in another engine)
//
// and, before it, every skipped test by name: a test skips itself in an engine with the reason
// in its title (tests/engine.ts), so nothing is skipped without a word.
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
function countSuite(suite, counts, skippedNames = [], path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped += 1;
      skippedNames.push([...here, test.name].join(' › '));
    } else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, skippedNames, here);
}

/** Every skipped test of the finished sessions, as `file: suite › test`. */
export function skippedTests(sessions) {
  const names = [];
  for (const session of sessions) {
    const own = [];
    countSuite(session.testResults, { passed: 0, failed: 0, skipped: 0 }, own);
    names.push(
      ...own.map((name) => `${session.testFile.replace(process.cwd() + '/', '')}: ${name}`),
    );
  }
  return names;
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

export function formatSummary({ passed, failed, skipped }, engine = 'chromium') {
  const name = engine === 'chromium' ? 'wtr' : `wtr-${engine}`;
  return `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function ciSummaryReporter(engine = 'chromium') {
  let sessionManager;

  process.on('exit', () => {
    // Only a run that started prints a line: merely importing the config (as
    // other tools may) prints nothing, and a run that fails before it starts
    // (e.g. no test files) exits non-zero on its own.
    if (!sessionManager) return;
    // The session manager holds the final state of every session, also when
    // the run was stopped early (testsFinishTimeout, Ctrl-C).
    const sessions = [...sessionManager.all()];
    const skipped = skippedTests(sessions);
    if (skipped.length) {
      process.stdout.write(
        `\nskipped in ${engine}:\n${skipped.map((n) => `  - ${n}`).join('\n')}\n`,
      );
    }
    process.stdout.write(`\n${formatSummary(countSessions(sessions), engine)}\n`);
  });

  return {
    start({ sessions }) {
      sessionManager = sessions;
    },
  };
}

export default ciSummaryReporter;
