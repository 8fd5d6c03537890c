// Test-only routes under /flaky/ on the test server, for the network failure tests:
// a server error, a redirect, a truncated body and a body that never ends.
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
        const { setTimeout } = await import('node:timers');
        const stream = new PassThrough();
        ctx.type = 'application/json';
        ctx.body = stream;
        stream.write('{ "events": [');
        setTimeout(() => stream.end(), 5000);
        return;
      }
      default:
        return next();
    }
  };
}
