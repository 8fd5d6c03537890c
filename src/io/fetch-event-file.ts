/** What became of a load: the file's text (read by the caller) or a failure. */
export type LoadResult =
  { ok: true; url: string; text: string } | { ok: false; url: string; message: string };

/** Never throws: every failure becomes a message that says what happened and what to check. */
export async function fetchEventFile(
  src: string,
  base: string,
  signal: AbortSignal,
  progress: (percent: number | undefined) => void,
): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, url: src, message: `"${src}" is not a valid address for an event file` };
  }
  const name = `"${src}"`;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
    });
  } catch (error) {
    if (signal.aborted) return { ok: false, url: url.href, message: 'aborted' };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      url: url.href,
      message: `Could not load ${name}: the request failed (${reason}). Check the address, your connection, and that the server allows this page to read it (CORS).`,
    };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      ok: false,
      url: url.href,
      message: `Could not load ${name}: the server answered ${status}.`,
    };
  }
  let text: string;
  try {
    text = await readBody(response, progress);
  } catch (error) {
    if (signal.aborted) return { ok: false, url: url.href, message: 'aborted' };
    return {
      ok: false,
      url: url.href,
      message: `Could not load ${name}: the download broke off (${String(error)}).`,
    };
  }
  if (/^\s*</.test(text)) {
    return {
      ok: false,
      url: url.href,
      message: `${name} is a web page (HTML), not a JSON event file; check the address.`,
    };
  }
  return { ok: true, url: url.href, text };
}

/**
 * The body as text, telling `progress` each whole percent received: undefined while unknown (no
 * Content-Length, or one that counts compressed bytes: said so by Content-Encoding where the
 * page may read it, else found out once the decoded body outgrows it).
 */
async function readBody(
  response: Response,
  progress: (percent: number | undefined) => void,
): Promise<string> {
  const encoding = response.headers.get('content-encoding');
  const total =
    encoding && encoding !== 'identity' ? NaN : Number(response.headers.get('content-length'));
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  for (let received = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.length;
    text += decoder.decode(value, { stream: true });
    progress(received <= total ? Math.floor((received * 100) / total) : undefined);
  }
}
