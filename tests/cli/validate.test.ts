import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { validateFiles } from '../../src/cli/validate.js';
import expected from '../fixtures/formats/expected.json' with { type: 'json' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `event-timeline` command (bin/event-timeline.mjs) in Node. */
const run = (...args: string[]) =>
  executeServerCommand<Run, { args: string[] }>('event-timeline', { args });

const FIXTURES = 'tests/fixtures/formats';
const messages = expected as Record<string, string[]>;

describe('event-timeline validate (the command)', () => {
  it('passes the data files and says so', async () => {
    const result = await run('validate', 'data/events.json', 'data/space-race.json');
    expect(result).to.deep.equal({
      code: 0,
      stdout: [
        'data/events.json: 8 of 8 events can be shown; no problems',
        'data/space-race.json: 61 of 61 events can be shown; no problems',
        '2 files checked: no problems, ok',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('prints the same messages as the component, one per line, and fails on errors', async () => {
    const json = `${FIXTURES}/json/error-syntax.json`;
    const csv = `${FIXTURES}/csv/error-bad-date.csv`;
    const tl = `${FIXTURES}/timelinejs/error-month-13.json`;
    const result = await run('validate', json, csv, tl);
    expect(result.code).to.equal(1);
    expect(result.stdout.split('\n')).to.deep.equal([
      ...messages['json/error-syntax.json']!.map((m) => `${json}: ${m}`),
      `${json}: 0 of 0 events can be shown; 1 error`,
      ...messages['csv/error-bad-date.csv']!.map((m) => `${csv}: ${m}`),
      `${csv}: 2 of 3 events can be shown; 1 error`,
      ...messages['timelinejs/error-month-13.json']!.map((m) => `${tl}: ${m}`),
      `${tl}: 0 of 1 event can be shown; 1 error`,
      '3 files checked: 3 errors',
      '',
    ]);
  });

  it('passes warnings unless --strict', async () => {
    const file = `${FIXTURES}/json/warning-unknown-field.json`;
    const plain = await run('validate', file);
    expect(plain.code).to.equal(0);
    expect(plain.stdout).to.contain(`${file}: ${messages['json/warning-unknown-field.json']![0]}`);
    expect(plain.stdout).to.match(/1 file checked: 1 warning, ok\n$/);
    const strict = await run('validate', '--strict', file);
    expect(strict.code).to.equal(1);
    expect(strict.stdout).to.match(/1 file checked: 1 warning \(--strict fails on warnings\)\n$/);
  });

  it('checks media, TimelineJS 2 files and the TimelineJS spreadsheet as CSV', async () => {
    const names = [
      'json/valid-media.json',
      'timelinejs/valid-timelinejs2.json',
      'csv/valid-timelinejs-sheet.csv',
      'json/warning-media-not-http.json',
    ].map((name) => `${FIXTURES}/${name}`);
    const result = await run('validate', ...names);
    expect(result.code).to.equal(0);
    expect(result.stdout.split('\n')).to.deep.equal([
      `${names[0]}: 3 of 3 events can be shown; no problems`,
      `${names[1]}: 3 of 3 events can be shown, 1 era; no problems`,
      `${names[2]}: 5 of 5 events can be shown, 1 era; no problems`,
      ...messages['json/warning-media-not-http.json']!.map((m) => `${names[3]}: ${m}`),
      `${names[3]}: 1 of 1 event can be shown; 1 warning`,
      '4 files checked: 1 warning, ok',
      '',
    ]);
  });

  it('reports a missing file and usage mistakes', async () => {
    const missing = await run('validate', 'no/such/file.json');
    expect(missing.code).to.equal(1);
    expect(missing.stdout).to.equal(
      'no/such/file.json: cannot read the file (no such file)\n1 file checked: 1 error\n',
    );
    const none = await run('validate');
    expect(none.code).to.equal(2);
    expect(none.stderr).to.match(
      /^event-timeline: no files given\n\nUsage: event-timeline validate/,
    );
    expect((await run('check', 'x.json')).stderr).to.match(
      /^event-timeline: unknown command "check"/,
    );
    expect((await run('validate', '--fix', 'x.json')).code).to.equal(2);
    expect((await run('--help')).code).to.equal(0);
  });
});

describe('validateFiles', () => {
  it('counts events and eras per file', () => {
    const text = JSON.stringify({
      eras: [{ title: 'E', start: '2024', end: '2025' }],
      events: [{ title: 'A', start: '2024' }],
    });
    expect(validateFiles([{ name: 'a.json', text }]).lines).to.deep.equal([
      'a.json: 1 of 1 event can be shown, 1 era; no problems',
      '1 file checked: no problems, ok',
    ]);
  });
});
