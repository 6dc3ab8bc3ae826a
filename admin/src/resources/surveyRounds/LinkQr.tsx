import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** The link as a QR image, drawn in the browser; big enough to scan from a printed page. */
export function LinkQr({ url, size = 112 }: { url: string; size?: number }) {
  const [src, setSrc] = useState('');
  useEffect(() => {
    let live = true;
    toDataURL(url, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' }).then((data) => live && setSrc(data));
    return () => {
      live = false;
    };
  }, [url, size]);
  return src ? (
    <img className="survey-qr" src={src} alt={url} width={size} height={size} style={{ display: 'block' }} />
  ) : (
    <div style={{ width: size, height: size }} />
  );
}
