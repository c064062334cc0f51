import { undo, redo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { applyFindings, checkLeaks, createLiveScanner, residualRisk, scanStory, type Finding } from '../../../shared/redaction';
import { ActionMessage } from '../ui/ActionMessage';
import { errorText } from '../ui/errorText';
import { Field } from '../ui/Field';
import { SaveIndicator } from '../ui/SaveIndicator';
import { useAction } from '../ui/useAction';
import { useAutosave, type Flush, type SaveState } from '../ui/useAutosave';
import { useConfirm } from '../ui/useConfirm';
import { decide, redactSelection, setLive, step, type LiveHit } from './editor/commands';
import { compose, restore } from './editor/compose';
import { redactionEditor, type EditorWords } from './editor/extension';
import { decisionOf, marksField, setMarks, type Mark } from './editor/marks';
import { editabilitySlot, PublishedText } from './PublishedText';


interface Props {
  api: SafeholdApi;
  record: CaseView;
  onChanged: (record: CaseView) => void;
  registerFlush: (flush: Flush | null) => void;
}

const AUTOSAVE_MS = 800;
const SCAN_MS = 250;
/** States in which a saved edit takes the case back to redaction and voids what was signed. */
const SIGNED = ['approved', 'exported'];

/**
 * The redaction editor. The published text lives in a CodeMirror editor in which every
 * decision is a marked span: the text is always the original, plus the decisions, plus the
 * person's own edits, and the decisions are saved (anchored in the text) with the draft, so
 * reopening brings back exactly what was left. The engine also reads the published text
 * itself as the person types, and underlines what still leaks.
 */
export function RedactionScreen({ api, record, onChanged, registerFlush }: Props) {
  const { t } = useTranslation();
  const { ask, dialog } = useConfirm();
  const submitAction = useAction();
  // The record does not change while it is redacted; each save hands back a new copy of it.
  const [data] = useState(record.data);
  const original = data.story?.text ?? '';
  const originalTitle = data.story?.title ?? '';
  const findings = useMemo(() => scanStory(data, original), [data, original]);
  const titleFindings = useMemo(() => scanStory(data, originalTitle), [data, originalTitle]);
  const scanner = useMemo(() => createLiveScanner(data, original), [data, original]);
  const viewRef = useRef<EditorView | null>(null);
  const versionRef = useRef(record.version);
  const [state, setState] = useState<EditorState | null>(null);
  const [unlocked, setUnlocked] = useState(!SIGNED.includes(record.state));
  const [failure, setFailure] = useState<string | null>(null);
  const [manualReplacement, setManualReplacement] = useState('');
  const [selectionHint, setSelectionHint] = useState(false);
  const [legacy] = useState(() => !!record.redaction && restore(record.redaction.text, record.redaction.decisions, findings) === null);

  const words: EditorWords = useMemo(
    () => ({
      label: t('redaction.publishedText'),
      original: (text) => t('editor.original', { text }),
      kind: (category, source) => t(`editor.source.${source}`, { kind: t(`category.${category}`, { defaultValue: category }) }),
      leak: (hit) => t(hit.kind === 'direct' ? 'editor.leakDirect' : hit.source === 'record' ? 'editor.leakQuasi' : 'editor.maybe', { kind: t(`category.${hit.category}`, { defaultValue: hit.category }), text: hit.text }),
      accept: t('editor.accept'),
      reject: t('editor.reject'),
      edit: t('editor.edit'),
      redact: t('editor.redact'),
      keep: t('editor.keep'),
      keys: t('editor.keys'),
    }),
    [t],
  );

  // The title follows the story's pseudonyms until someone edits it by hand.
  const titleFrom = useCallback(
    (marks: readonly Mark[], doc: EditorState['doc']) =>
      applyFindings(
        originalTitle,
        titleFindings.flatMap((tf) => {
          const same = tf.personId ? marks.find((m) => m.personId === tf.personId && m.status !== 'manual') : undefined;
          if (!same) return [tf];
          return same.status === 'rejected' ? [] : [{ ...tf, replacement: doc.sliceString(same.from, same.to) }];
        }),
      ),
    [originalTitle, titleFindings],
  );
  const [title, setTitle] = useState<string | null>(() => record.redaction?.title ?? null);
  const [titleEdited, setTitleEdited] = useState(false);

  const save = useCallback(async (): Promise<SaveState> => {
    const view = viewRef.current;
    if (!view) return 'idle';
    const marks = view.state.field(marksField);
    const published = titleEdited && title !== null ? title : titleFrom(marks, view.state.doc);
    const result = await api.redaction.save({
      id: record.id,
      version: versionRef.current,
      title: published,
      text: view.state.doc.toString(),
      decisions: marks.map((m) => decisionOf(view.state, m)),
    });
    if (!result.ok) {
      setFailure(errorText(result.error, t));
      return 'failed';
    }
    versionRef.current = result.value.version;
    setFailure(null);
    onChanged(result.value);
    return 'saved';
  }, [api, onChanged, record.id, t, title, titleEdited, titleFrom]);
  const autosave = useAutosave(save, AUTOSAVE_MS);
  const { schedule, flush } = autosave;

  useEffect(() => {
    registerFlush(async () => {
      await flush();
      return true;
    });
    return () => registerFlush(null);
  }, [flush, registerFlush]);

  const initial = useCallback(() => {
    const saved = record.redaction;
    const restored = saved ? restore(saved.text, saved.decisions, findings) : null;
    const start = saved ? { text: saved.text, marks: restored ?? [] } : compose(original, findings);
    const editorState = EditorState.create({
      doc: start.text,
      extensions: [
        redactionEditor(words, (next, changed) => {
          setState(next);
          if (changed) schedule();
        }),
        editabilitySlot(!SIGNED.includes(record.state)),
      ],
    });
    return editorState.update({ effects: setMarks.of(start.marks) }).state;
    // The editor is made once per screen; later records come from its own saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onView = useCallback((view: EditorView | null) => {
    viewRef.current = view;
    setState(view?.state ?? null);
  }, []);

  const text = state?.doc.toString() ?? '';
  const marks = useMemo(() => (state ? state.field(marksField) : []), [state]);
  const publishedTitle = titleEdited && title !== null ? title : state ? titleFrom(marks, state.doc) : (title ?? '');
  const leaks = useMemo(() => checkLeaks(data, `${publishedTitle}\n\n${text}`), [data, publishedTitle, text]);
  const risk = residualRisk(leaks);
  const offset = publishedTitle.length + 2;

  // The engine reads the published text itself, a moment after the typing stops.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const timer = setTimeout(() => {
      const current = view.state.doc.toString();
      const decided = view.state.field(marksField);
      const covered = (from: number, to: number) => decided.some((m) => m.from < to && from < m.to);
      const hits: LiveHit[] = scanner
        .scan(current)
        .filter((f: Finding) => !covered(f.start, f.end))
        .map((f) => ({ from: f.start, to: f.end, text: f.original, category: f.category, kind: f.kind, source: f.source, replacement: f.replacement, ...(f.identifier ? { identifier: f.identifier } : {}) }));
      view.dispatch({ effects: setLive.of(hits) });
    }, SCAN_MS);
    return () => clearTimeout(timer);
  }, [scanner, text, marks]);

  const view = () => viewRef.current;
  const categories = [...new Set(marks.filter((m) => m.status !== 'manual').map((m) => m.category))];

  const unlock = async () => {
    const yes = await ask({ title: t('editor.voidTitle'), body: <p>{t('editor.voidBody')}</p>, confirm: t('editor.voidConfirm'), danger: true });
    if (yes) setUnlocked(true);
  };

  const submit = async () => {
    await flush();
    if (autosave.state === 'failed') return;
    const yes = await ask({ title: t('editor.submitTitle'), body: <p>{t('editor.submitBody')}</p>, confirm: t('redaction.submit') });
    if (!yes) return;
    const done = await submitAction.run(() => api.workflow.submit({ id: record.id }), () => t('redaction.submitted'));
    if (done) onChanged(done);
  };

  const jumpTo = (start: number, end: number) => {
    const v = view();
    if (!v || start < offset) return;
    v.dispatch({ selection: { anchor: start - offset, head: end - offset }, scrollIntoView: true });
    v.focus();
  };

  return (
    <section aria-labelledby="redaction-title" className="redaction">
      {dialog}
      <div className="page-head">
        <h1 id="redaction-title" tabIndex={-1}>{t('redaction.title')}</h1>
        <div className="head-actions">
          <SaveIndicator state={autosave.state} reason={failure} />
          <button type="button" className="primary" onClick={() => void submit()} disabled={leaks.direct.length > 0 || !unlocked || submitAction.busy} aria-describedby="submit-result">
            {t('redaction.submit')}
          </button>
        </div>
      </div>
      <div id="submit-result">
        <ActionMessage result={submitAction.result} />
      </div>
      {record.reviewComment && record.state === 'changes-requested' && <p className="warning">{t('redaction.reviewComment', { comment: record.reviewComment })}</p>}
      {legacy && <p className="warning">{t('editor.legacy')}</p>}
      {!unlocked && (
        <div className="warning void-warning">
          <p>{t('editor.signed', { state: t(`state.${record.state}`) })}</p>
          <button type="button" onClick={() => void unlock()}>
            {t('editor.editAnyway')}
          </button>
        </div>
      )}
      <div className="side-by-side">
        <div className="card">
          <h2>{t('redaction.original')}</h2>
          <p className="story-title">{originalTitle}</p>
          <div className="story-view" tabIndex={0} role="region" aria-label={t('redaction.original')}>
            <Highlighted text={original} findings={findings} marks={marks} />
          </div>
        </div>
        <div className="card">
          <h2>{t('redaction.redacted')}</h2>
          <Field label={t('redaction.publishedTitle')}>
            {(p) => (
              <input
                {...p}
                value={publishedTitle}
                readOnly={!unlocked}
                onChange={(e) => {
                  setTitle(e.target.value);
                  setTitleEdited(true);
                  schedule();
                }}
              />
            )}
          </Field>
          <div className="field">
            <span className="label" id="published-label">{t('redaction.publishedText')}</span>
            <div className="editor-tools" role="toolbar" aria-label={t('editor.tools')}>
              <button type="button" onClick={() => { const v = view(); if (v) { undo(v); v.focus(); } }} disabled={!unlocked}>
                {t('editor.undo')}
              </button>
              <button type="button" onClick={() => { const v = view(); if (v) { redo(v); v.focus(); } }} disabled={!unlocked}>
                {t('editor.redo')}
              </button>
              <button type="button" onClick={() => { const v = view(); if (v) { step(v, -1); v.focus(); } }}>
                {t('editor.previous')}
              </button>
              <button type="button" onClick={() => { const v = view(); if (v) { step(v, 1); v.focus(); } }}>
                {t('editor.next')}
              </button>
            </div>
            <PublishedText initial={initial} editable={unlocked} onView={onView} />
            <p className="help" id="published-help">{t('editor.help')}</p>
          </div>
          <div className="manual">
            <Field label={t('redaction.manualReplacement')} help={t('redaction.manualHelp')}>
              {(p) => <input {...p} value={manualReplacement} onChange={(e) => setManualReplacement(e.target.value)} readOnly={!unlocked} />}
            </Field>
            <button
              type="button"
              disabled={!unlocked}
              onClick={() => {
                const v = view();
                setSelectionHint(!v || !redactSelection(v, manualReplacement));
              }}
            >
              {t('redaction.redactSelection')}
            </button>
            <p role="status" className={selectionHint ? 'error' : 'sr-only'}>{selectionHint ? t('redaction.selectFirst') : ''}</p>
          </div>
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
          <h2>{t('redaction.findings', { count: marks.length })}</h2>
          <div className="head-actions">
            {categories.map((c) => (
              <button
                key={c}
                type="button"
                disabled={!unlocked}
                onClick={() => {
                  const v = view();
                  if (v) decide(v, marks.filter((m) => m.category === c && m.status !== 'manual').map((m) => m.id), 'accepted');
                }}
              >
                {t('redaction.acceptAll', { kind: t(`category.${c}`, { defaultValue: c }) })}
              </button>
            ))}
          </div>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('redaction.findings', { count: marks.length })}>
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
              {state &&
                marks.map((m) => (
                  <DecisionRow key={m.id} mark={m} published={state.doc.sliceString(m.from, m.to)} disabled={!unlocked} view={view} />
                ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function DecisionRow({ mark, published, disabled, view }: { mark: Mark; published: string; disabled: boolean; view: () => EditorView | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const v = view();
    if (v && draft !== null && draft !== published) decide(v, [mark.id], 'accepted', draft);
    setDraft(null);
  };
  return (
    <tr>
      <td>
        {mark.status === 'manual' ? (
          <span>{t('decision.manual')}</span>
        ) : (
          <input
            type="checkbox"
            aria-label={t('redaction.applyOne', { text: mark.original })}
            checked={mark.status === 'accepted'}
            disabled={disabled}
            onChange={(e) => {
              const v = view();
              if (v) decide(v, [mark.id], e.target.checked ? 'accepted' : 'rejected');
            }}
          />
        )}
      </td>
      <td>
        <span className={`cat cat-${mark.category}`}>{t(`category.${mark.category}`, { defaultValue: mark.category })}</span>
      </td>
      <td>{mark.original}</td>
      <td>
        <input
          aria-label={t('redaction.replacementFor', { text: mark.original })}
          value={draft ?? published}
          disabled={disabled || mark.status === 'rejected'}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </td>
    </tr>
  );
}

/** The original story with every finding marked by its kind; rejected ones are struck out. */
function Highlighted({ text, findings, marks }: { text: string; findings: Finding[]; marks: readonly Mark[] }) {
  const status = new Map(marks.map((m) => [m.id, m.status]));
  const parts: React.ReactNode[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start < at) return;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={i} className={`cat-${f.category}${status.get(`f${f.start}-${f.end}`) === 'rejected' ? ' rejected' : ''}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
