/**
 * Export of the current view as an image. (Being written: see issue 6; these throw until then.)
 */
export function viewToSVG(host: HTMLElement): string {
  throw new Error(`toSVG is not available yet for <${host.localName}>`);
}

export function viewToPNG(host: HTMLElement, scale: number): Promise<Blob> {
  return Promise.reject(
    new Error(`toPNG (×${scale}) is not available yet for <${host.localName}>`),
  );
}
