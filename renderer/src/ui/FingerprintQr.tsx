import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The fingerprint as a QR code drawn on screen (an SVG made here, nothing fetched), beside its digits. */
export function FingerprintQr({ fingerprint, label }: { fingerprint: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(fingerprint, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((drawn) => {
      if (live) setSvg(drawn);
    });
    return () => {
      live = false;
    };
  }, [fingerprint]);
  if (!svg) return null;
  // The SVG is built by qrcode from digits only: no markup of anyone's making reaches the page.
  return <div className="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
