import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { Button } from 'react-admin';

function useQr(url: string): string {
  const [src, setSrc] = useState('');
  useEffect(() => {
    let live = true;
    toDataURL(url, { margin: 1, width: 480, errorCorrectionLevel: 'M' }).then((data) => live && setSrc(data));
    return () => {
      live = false;
    };
  }, [url]);
  return src;
}

/** The link as a QR image drawn in the browser: a thumbnail in the row, large (to scan or print) on click. */
export function LinkQr({ url, title }: { url: string; title: string }) {
  const src = useQr(url);
  const [open, setOpen] = useState(false);
  if (!src) return <div style={{ width: 56, height: 56 }} />;
  return (
    <>
      <img className="survey-qr" src={src} alt={url} width={56} height={56} style={{ display: 'block', cursor: 'zoom-in' }} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent sx={{ textAlign: 'center' }}>
          <img className="survey-qr-large" src={src} alt={url} width={280} height={280} />
          <Typography variant="body2" sx={{ wordBreak: 'break-all', maxWidth: 320 }}>
            {url}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button label="gridgov.surveyRounds.codes.print" onClick={() => printQr(title, src, url)} />
          <Button label="gridgov.surveyRounds.codes.done" onClick={() => setOpen(false)} />
        </DialogActions>
      </Dialog>
    </>
  );
}

function printQr(title: string, src: string, url: string): void {
  const win = window.open('', '_blank', 'width=600,height=800');
  if (!win) return;
  const doc = win.document;
  doc.title = title;
  const h = doc.createElement('h2');
  h.textContent = title;
  const img = doc.createElement('img');
  Object.assign(img, { src, width: 400, height: 400 });
  const p = doc.createElement('p');
  p.textContent = url;
  doc.body.style.cssText = 'font-family:sans-serif;text-align:center;word-break:break-all';
  doc.body.append(h, img, p);
  img.onload = () => {
    win.focus();
    win.print();
  };
}
