// Test-only routes under /flaky/ on the test server, for the network failure tests:
// a server error, a redirect, a truncated body, a body that never ends, an empty body, a web
// page sent as JSON, a slow file whose request records whether the client gave up on it, and
// files of known length (one gzipped) sent half at once and half when the test says so.

import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';

/** Slow requests by `?id=`: whether the client closed the connection before the answer. */
const slowRequests = new Map();
/**
 * 100 events with titles of seeded noise (mulberry32), gzipped: base64 of random bytes barely
 * compresses, so half the compressed file decodes to less than the whole compressed length.
 */
const NOISE_GZIP = (() => {
  let a = 20241128;
  const byte = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  const events = Array.from({ length: 100 }, (_, i) => ({
    id: `noise-${i}`,
    title: Buffer.from(Array.from({ length: 192 }, byte)).toString('base64'),
    start: '2001-01-01',
  }));
  return gzipSync(Buffer.from(JSON.stringify({ events })));
})();

/** Half-sent files by `?id=`: sends the rest. */
const halves = new Map();

/** 300 valid events as JSON, about 20 KB: enough to arrive in more than one piece. */
const HALF_FILE = Buffer.from(
  JSON.stringify({
    events: Array.from({ length: 300 }, (_, i) => ({
      id: `half-${i}`,
      title: `Event ${i} of the file that arrives in two halves`,
      start: `2001-01-${String((i % 28) + 1).padStart(2, '0')}`,
    })),
  }),
);

/**
 * Answers with `body` and its length, the first half at once and the rest when
 * /flaky/release?id= names the same `?id=` (or after 10 s).
 */
async function sendInHalves(ctx, body) {
  const { PassThrough } = await import('node:stream');
  const id = ctx.query.id ?? '';
  const stream = new PassThrough();
  ctx.compress = false; // the length sent is the length the client counts
  ctx.type = 'application/json';
  ctx.body = stream;
  ctx.length = body.length;
  const middle = Math.ceil(body.length / 2);
  stream.write(body.subarray(0, middle));
  const rest = () => halves.delete(id) && stream.end(body.subarray(middle));
  halves.set(id, rest);
  setTimeout(rest, 10_000).unref();
}

export function flakyRoutes() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (!path.startsWith('/flaky/')) return next();
    switch (path) {
      case '/flaky/500':
        ctx.status = 500;
        ctx.body = 'Internal Server Error';
        return;
      case '/flaky/redirect':
        ctx.redirect('/data/events.json');
        return;
      case '/flaky/truncated.json':
        ctx.type = 'application/json';
        ctx.body = '{ "events": [ { "title": "Cut", "start": "2024-0';
        return;
      case '/flaky/never-ends.json': {
        // Sends the start of a file, then nothing more: the client must give up on its own.
        const { PassThrough } = await import('node:stream');
        const stream = new PassThrough();
        ctx.type = 'application/json';
        ctx.body = stream;
        stream.write('{ "events": [');
        setTimeout(() => stream.end(), 5000);
        return;
      }
      case '/flaky/empty.json':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case '/flaky/html-as-json':
        // A single-page app's fallback: any unknown path answers 200 with its index page.
        ctx.type = 'application/json';
        ctx.body = '<!doctype html>\n<html><head><title>App</title></head><body></body></html>';
        return;
      case '/flaky/slow.json': {
        // Answers after 1 s, unless the client closes the connection first.
        const id = ctx.query.id ?? '';
        const state = { aborted: false };
        slowRequests.set(id, state);
        ctx.req.on('close', () => {
          if (!ctx.res.writableEnded) state.aborted = true;
        });
        await delay(1000);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ events: [{ id: 'stale', title: 'Stale', start: '1999' }] });
        return;
      }
      case '/flaky/half.json':
        return sendInHalves(ctx, HALF_FILE);
      case '/flaky/gzipped.json':
        // Compressed, with the compressed length: the decoded body stays under that length, so
        // only Content-Encoding tells the client it has no share to show.
        ctx.set('Content-Encoding', 'gzip');
        return sendInHalves(ctx, NOISE_GZIP);
      case '/flaky/release':
        halves.get(ctx.query.id ?? '')?.();
        ctx.body = 'sent';
        return;
      case '/flaky/slow-status':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(slowRequests.get(ctx.query.id ?? '') ?? null);
        return;
      default:
        return next();
    }
  };
}
