/** Draws an SVG document on a canvas of `width` × `height` px and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('toPNG: this browser gave no 2D canvas to draw on');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob
            ? resolve(blob)
            : reject(
                new Error(
                  `toPNG: a ${width} × ${height} px canvas could not be encoded; try a smaller scale`,
                ),
              ),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
