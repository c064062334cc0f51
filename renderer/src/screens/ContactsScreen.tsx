import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { ActionMessage } from '../ui/ActionMessage';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';
import { FingerprintQr } from '../ui/FingerprintQr';
import { useAction } from '../ui/useAction';
import { useConfirm } from '../ui/useConfirm';
import { useLoad } from '../ui/useLoad';

/**
 * Contact cards: one's own fingerprint to read out or show as a QR code, and (admin) the
 * cards of people on other laptops, trusted only once their fingerprint was compared.
 */
export function ContactsScreen({ api, isAdmin }: { api: SafeholdApi; isAdmin: boolean }) {
  const { t } = useTranslation();
  const mine = useLoad(useCallback(() => api.contacts.myCard(), [api]));
  const contacts = useLoad(useCallback(() => api.contacts.list(), [api]));
  const mode = useLoad(useCallback(() => api.vault.reviewLaptop(), [api]));
  const makeReviewLaptop = useAction();
  const { ask, dialog } = useConfirm();
  const write = useAction();
  const add = useAction();
  const revoke = useAction();
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');
  const [fingerprint, setFingerprint] = useState('');

  const chooseFolder = async () => {
    const r = await api.dialog.chooseFolder();
    if (r.ok && r.value.folder) setFolder(r.value.folder);
  };
  const chooseFile = async () => {
    const r = await api.dialog.chooseFile();
    if (r.ok && r.value.file) setFile(r.value.file);
  };

  return (
    <section aria-labelledby="contacts-title">
      <h1 id="contacts-title">{t('contacts.title')}</h1>
      {mine.error && <p className="error" role="alert">{mine.error}</p>}
      {mine.value && (
        <div className="card">
          <h2>{t('contacts.mineTitle')}</h2>
          <p className="muted">{t('contacts.mineIntro')}</p>
          <p className="fingerprint" aria-label={t('contacts.fingerprintOf', { name: mine.value.name })}>{mine.value.fingerprint}</p>
          <FingerprintQr fingerprint={mine.value.fingerprint} label={t('contacts.qr')} />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void write.run(() => api.contacts.writeCard({ folder }), (v) => t('contacts.written', { file: v.file }));
            }}
            noValidate
          >
            <Field label={t('contacts.cardFolder')}>{(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}</Field>
            <button type="button" onClick={() => void chooseFolder()}>{t('bundles.choose')}</button>{' '}
            <button type="submit" className="primary" disabled={write.busy || !folder}>{t('contacts.write')}</button>
            <ActionMessage result={write.result} />
          </form>
        </div>
      )}
      {isAdmin && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void add.run(() => api.contacts.import({ file, fingerprint }), (c) => t('contacts.added', { name: c.name })).then((c) => {
              if (!c) return;
              setFile('');
              setFingerprint('');
              contacts.setValue((list) => [...(list ?? []), c]);
            });
          }}
          noValidate
        >
          <h2>{t('contacts.importTitle')}</h2>
          <p className="muted">{t('contacts.importIntro')}</p>
          <Field label={t('contacts.cardFile')}>{(p) => <input {...p} value={file} onChange={(e) => setFile(e.target.value)} spellCheck={false} />}</Field>
          <button type="button" onClick={() => void chooseFile()}>{t('bundles.choose')}</button>
          <Field label={t('contacts.fingerprint')} help={t('contacts.fingerprintHelp')}>
            {(p) => <input {...p} value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} inputMode="numeric" autoComplete="off" spellCheck={false} />}
          </Field>
          <button type="submit" className="primary" disabled={add.busy || !file || !fingerprint}>{t('contacts.import')}</button>
          {add.busy && <Busy label={t('contacts.importing')} />}
          <ActionMessage result={add.result} />
        </form>
      )}
      {mode.value && (
        <div className="card">
          <h2>{t('contacts.laptopTitle')}</h2>
          <p className="muted">{mode.value.reviewLaptop ? t('contacts.isReviewLaptop') : t('contacts.notReviewLaptop')}</p>
          {isAdmin && !mode.value.reviewLaptop && (
            <button
              type="button"
              disabled={makeReviewLaptop.busy}
              onClick={() =>
                void ask({ title: t('contacts.confirmReviewLaptopTitle'), body: t('contacts.confirmReviewLaptop'), confirm: t('contacts.makeReviewLaptop') }).then((yes) => {
                  if (yes) void makeReviewLaptop.run(() => api.vault.makeReviewLaptop(), () => t('contacts.isReviewLaptop')).then((r) => r && mode.setValue(r));
                })
              }
            >
              {t('contacts.makeReviewLaptop')}
            </button>
          )}
          <ActionMessage result={makeReviewLaptop.result} />
        </div>
      )}
      {dialog}
      <div className="card">
        <h2>{t('contacts.listTitle')}</h2>
        {contacts.error && <p className="error" role="alert">{contacts.error}</p>}
        {contacts.value && !contacts.value.length && <p className="muted">{t('contacts.none')}</p>}
        {!!contacts.value?.length && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.fingerprint')}</th>
                <th scope="col">{t('contacts.status')}</th>
                {isAdmin && <th scope="col"><span className="sr-only">{t('contacts.revoke')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {contacts.value.map((c) => (
                <tr key={c.fingerprint}>
                  <td>{c.name} ({c.roles.map((r) => t(`role.${r}`)).join(', ')})</td>
                  <td className="fingerprint-small">{c.fingerprint}</td>
                  <td>{t(`contacts.${c.status}`)}</td>
                  {isAdmin && (
                    <td>
                      {c.status === 'trusted' && (
                        <button type="button" disabled={revoke.busy} onClick={() => void revoke.run(() => api.contacts.revoke({ fingerprint: c.fingerprint }), () => t('contacts.revokedMessage', { name: c.name })).then((list) => list && contacts.setValue(list))}>
                          {t('contacts.revokeNamed', { name: c.name })}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ActionMessage result={revoke.result} />
      </div>
    </section>
  );
}
