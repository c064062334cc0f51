import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseRecordView } from '../../../shared/ipc/vaultSchemas';
import { applyFindings, checkLeaks, residualRisk, scanStory, type Finding } from '../../../shared/redaction';
import { Field } from '../ui/Field';

type CaseView = z.infer<typeof CaseRecordView>;
type Choice = { accepted: boolean; replacement: string };

interface Props {
  api: SafeholdApi;
  record: CaseView;
  onChanged: (record: CaseView) => void;
}

/**
 * The redaction editor: every finding of the engine on the original, accepted, rejected or
 * edited one by one or by kind; the redacted text stays editable; the leak check and the
 * residual risk follow every keystroke, in the renderer, with the same engine the export
 * gate runs in the core.
 */
export function RedactionScreen({ api, record, onChanged }: Props) {
  const { t } = useTranslation();
  const original = record.data.story?.text ?? '';
  const findings = useMemo(() => scanStory(record.data, original), [record.data, original]);
  const titleFindings = useMemo(() => scanStory(record.data, record.data.story?.title ?? ''), [record.data]);
  const [choices, setChoices] = useState<Choice[]>(() => findings.map((f) => ({ accepted: true, replacement: f.replacement })));
  const build = (list: Choice[]) =>
    applyFindings(original, findings.flatMap((f, i) => (list[i]!.accepted ? [{ ...f, replacement: list[i]!.replacement }] : [])));
  const [text, setText] = useState(record.redaction?.text ?? build(choices));
  // The title follows the same pseudonyms as the story until someone edits it by hand.
  const buildTitle = (list: Choice[]) =>
    applyFindings(
      record.data.story?.title ?? '',
      titleFindings.map((tf) => {
        const i = findings.findIndex((f) => samePerson(f, tf));
        return i >= 0 && list[i]!.accepted ? { ...tf, replacement: list[i]!.replacement } : tf;
      }),
    );
  const [title, setTitle] = useState(record.redaction?.title ?? buildTitle(choices));
  const [titleEdited, setTitleEdited] = useState(!!record.redaction);
  const [handEdited, setHandEdited] = useState(!!record.redaction);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [manual, setManual] = useState<{ original: string; replacement: string }[]>([]);
  const [manualReplacement, setManualReplacement] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);

  /** Redacts whatever the editor selected in the published text, by hand. */
  const redactSelection = () => {
    const el = textarea.current;
    if (!el || el.selectionStart === el.selectionEnd) {
      setMessage({ ok: false, text: t('redaction.selectFirst') });
      return;
    }
    const original = text.slice(el.selectionStart, el.selectionEnd);
    const next = `${text.slice(0, el.selectionStart)}${manualReplacement}${text.slice(el.selectionEnd)}`.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.;:])/g, '$1');
    setText(next);
    setHandEdited(true);
    setManual([...manual, { original, replacement: manualReplacement }]);
    setMessage(null);
  };

  const leaks = useMemo(() => checkLeaks(record.data, `${title}\n\n${text}`), [record.data, title, text]);
  const risk = residualRisk(leaks);
  const offset = title.length + 2;

  const choose = (next: Choice[]) => {
    setChoices(next);
    if (!handEdited) setText(build(next));
    if (!titleEdited) setTitle(buildTitle(next));
  };
  const categories = [...new Set(findings.map((f) => f.category))];

  const decisions = [
    ...manual.map((m) => ({ original: m.original, replacement: m.replacement, category: 'manual', decision: 'manual' as const })),
    ...findings.map((f, i) => ({
    original: f.original,
    replacement: choices[i]!.replacement,
    category: f.category,
    decision: !choices[i]!.accepted ? ('rejected' as const) : choices[i]!.replacement === f.replacement ? ('accepted' as const) : ('edited' as const),
    })),
  ];

  const save = async () => {
    const result = await api.redaction.save({ id: record.id, version: record.version, title, text, decisions });
    if (result.ok) {
      onChanged(result.value);
      setMessage({ ok: true, text: t('redaction.saved') });
    } else setMessage({ ok: false, text: result.error.message });
    return result.ok ? result.value : null;
  };

  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    const result = await api.workflow.submit({ id: record.id });
    if (result.ok) {
      onChanged(result.value);
      setMessage({ ok: true, text: t('redaction.submitted') });
    } else setMessage({ ok: false, text: result.error.message });
  };

  const jumpTo = (start: number, end: number) => {
    const el = textarea.current;
    if (!el || start < offset) return;
    el.focus();
    el.setSelectionRange(start - offset, end - offset);
  };

  return (
    <section aria-labelledby="redaction-title" className="redaction">
      <div className="page-head">
        <h1 id="redaction-title">{t('redaction.title')}</h1>
        <div className="head-actions">
          <button type="button" onClick={() => void save()}>
            {t('redaction.save')}
          </button>
          <button type="button" className="primary" onClick={() => void submit()} disabled={leaks.direct.length > 0}>
            {t('redaction.submit')}
          </button>
        </div>
      </div>
      {record.reviewComment && record.state === 'changes-requested' && (
        <p className="warning">{t('redaction.reviewComment', { comment: record.reviewComment })}</p>
      )}
      {message && (
        <p className={message.ok ? 'status' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="side-by-side">
        <div className="card">
          <h2>{t('redaction.original')}</h2>
          <Highlighted text={original} findings={findings} choices={choices} />
        </div>
        <div className="card">
          <h2>{t('redaction.redacted')}</h2>
          <Field label={t('redaction.publishedTitle')}>{(p) => (
              <input
                {...p}
                value={title}
                onChange={(e) => {
                  setTitle(e.target.value);
                  setTitleEdited(true);
                }}
              />
            )}</Field>
          <Field label={t('redaction.publishedText')} help={handEdited ? t('redaction.handEdited') : t('redaction.followsDecisions')}>
            {(p) => (
              <textarea
                {...p}
                ref={textarea}
                rows={18}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setHandEdited(true);
                }}
              />
            )}
          </Field>
          <div className="manual">
            <Field label={t('redaction.manualReplacement')} help={t('redaction.manualHelp')}>
              {(p) => <input {...p} value={manualReplacement} onChange={(e) => setManualReplacement(e.target.value)} />}
            </Field>
            <button type="button" onClick={redactSelection}>
              {t('redaction.redactSelection')}
            </button>
          </div>
          {handEdited && (
            <button type="button" onClick={() => { setHandEdited(false); setManual([]); setText(build(choices)); }}>
              {t('redaction.rebuild')}
            </button>
          )}
        </div>
      </div>

      <div className="card" aria-live="polite">
        <h2>{t('redaction.leakCheck')}</h2>
        {leaks.direct.length === 0 ? (
          <p className="status">{t('redaction.noDirect')}</p>
        ) : (
          <>
            <p className="error" role="alert">{t('redaction.directFound', { count: leaks.direct.length })}</p>
            <ul className="hits">
              {leaks.direct.map((h, i) => (
                <li key={`${h.start}-${i}`}>
                  <button type="button" className="link" onClick={() => jumpTo(h.start, h.end)}>
                    {t('redaction.hit', { text: h.text, identifier: h.identifier })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('redaction.risk', { level: t(`risk.${risk.level}`) })}</h3>
        {risk.remaining.length > 0 && (
          <ul>
            {risk.remaining.map((r) => (
              <li key={`${r.category}:${r.text}`}>
                {t(`category.${r.category}`, { defaultValue: r.category })}: {r.text}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="card">
        <div className="page-head">
          <h2>{t('redaction.findings', { count: findings.length })}</h2>
          <div className="head-actions">
            {categories.map((c) => (
              <button key={c} type="button" onClick={() => choose(choices.map((ch, i) => (findings[i]!.category === c ? { ...ch, accepted: true } : ch)))}>
                {t('redaction.acceptAll', { kind: t(`category.${c}`, { defaultValue: c }) })}
              </button>
            ))}
          </div>
        </div>
        <table className="case-table findings">
          <thead>
            <tr>
              <th scope="col">{t('redaction.apply')}</th>
              <th scope="col">{t('redaction.kind')}</th>
              <th scope="col">{t('redaction.found')}</th>
              <th scope="col">{t('redaction.replacement')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, i) => (
              <tr key={`${f.start}-${f.end}`}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('redaction.applyOne', { text: f.original })}
                    checked={choices[i]!.accepted}
                    onChange={(e) => choose(choices.map((ch, k) => (k === i ? { ...ch, accepted: e.target.checked } : ch)))}
                  />
                </td>
                <td>
                  <span className={`cat cat-${f.category}`}>{t(`category.${f.category}`, { defaultValue: f.category })}</span>
                </td>
                <td>{f.original}</td>
                <td>
                  <input
                    aria-label={t('redaction.replacementFor', { text: f.original })}
                    value={choices[i]!.replacement}
                    onChange={(e) => choose(choices.map((ch, k) => (k === i || samePerson(findings[k]!, f) ? { ...ch, replacement: e.target.value } : ch)))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One pseudonym per person: changing it for one mention changes it for every mention. */
function samePerson(a: Finding, b: Finding): boolean {
  return a.category === 'name' && b.category === 'name' && !!a.personId && a.personId === b.personId;
}

/** The original story with every finding marked by its kind; rejected ones are struck out. */
function Highlighted({ text, findings, choices }: { text: string; findings: Finding[]; choices: Choice[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start < at) return;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={i} className={`cat-${f.category}${choices[i]!.accepted ? '' : ' rejected'}`} title={`→ ${choices[i]!.replacement}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return <div className="story-view">{parts}</div>;
}
