import type { ExportedSvg } from './compose-svg.ts';

// Browsers refuse canvases much past 16,384 px a side; a huge matrix is drawn smaller instead.
const MAX_SIDE = 16_000;

/** The scale a PNG is drawn at: `wanted`, unless that would make a side longer than browsers allow. */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_SIDE / Math.max(1, width), MAX_SIDE / Math.max(1, height));
}

/**
 * Draws an SVG document onto a canvas at `scale` times its size (less for a drawing too large for a
 * canvas) over a white background and returns the PNG. The SVG is loaded from a blob: URL, which
 * the page's Content-Security-Policy allows for images, and needs nothing from the network.
 */
export async function svgToPng({ svg, width, height }: ExportedSvg, wanted = 2): Promise<Blob> {
  const scale = pngScale(width, height, wanted);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so it cannot make a PNG.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
