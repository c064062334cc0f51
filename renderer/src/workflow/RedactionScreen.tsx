import { undo, redo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { applyFindings, checkLeaks, nominativeAt, renamePerson, residualRisk, scanAlongside, type Finding, type LeakReport } from '../../../shared/redaction';
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
import { mentionOf, personChoices, type PersonChoice } from './editor/people';
import { startLiveEngine, type LiveEngine } from './engine/liveEngine';
import { editabilitySlot, PublishedText } from './PublishedText';


interface Props {
  api: SafeholdApi;
  record: CaseView;
  onChanged: (record: CaseView) => void;
  registerFlush: (flush: Flush | null) => void;
}

const AUTOSAVE_MS = 800;
const SCAN_MS = 250;
/** The title and purposes follow a name typed in the story once the typing pauses. */
const FOLLOW_MS = 300;
/** States in which a saved edit takes the case back to redaction and voids what was signed. */
const SIGNED = ['approved', 'exported'];

/**
 * The redaction editor, once the engine's worker has read the story: its first marks come from
 * the same engine, Russian dictionaries included, that the gate runs before a case goes to review.
 */
export function RedactionScreen(props: Props) {
  const { t } = useTranslation();
  // The record does not change while it is redacted; each save hands back a new copy of it.
  const [data] = useState(props.record.data);
  const original = data.story?.text ?? '';
  const [dictionaryFailure, setDictionaryFailure] = useState(false);
  const [engine, setEngine] = useState<{ live: LiveEngine; findings: Finding[] } | null>(null);
  useEffect(() => {
    let current = true;
    const started = startLiveEngine(data, original, () => setDictionaryFailure(true));
    void started.story().then((findings) => {
      if (current) setEngine({ live: started, findings });
    });
    return () => {
      current = false;
      setEngine(null);
      started.close();
    };
  }, [data, original]);
  if (!engine) {
    return (
      <section aria-labelledby="redaction-title" className="redaction" aria-busy="true">
        <h1 id="redaction-title" tabIndex={-1}>{t('redaction.title')}</h1>
        {dictionaryFailure && <p className="warning" role="status">{t('editor.dictionaries')}</p>}
        <p role="status">{t('editor.reading')}</p>
      </section>
    );
  }
  return <RedactionEditor {...props} data={data} engine={engine.live} findings={engine.findings} dictionaryFailure={dictionaryFailure} />;
}

/**
 * The published text lives in a CodeMirror editor in which every
 * decision is a marked span: the text is always the original, plus the decisions, plus the
 * person's own edits, and the decisions are saved (anchored in the text) with the draft, so
 * reopening brings back exactly what was left. The engine also reads the published text
 * itself as the person types, and underlines what still leaks.
 */
function RedactionEditor({ api, record, onChanged, registerFlush, data, engine, findings, dictionaryFailure }: Props & { data: CaseView['data']; engine: LiveEngine; findings: Finding[]; dictionaryFailure: boolean }) {
  const { t } = useTranslation();
  const { ask, dialog } = useConfirm();
  const submitAction = useAction();
  const original = data.story?.text ?? '';
  const originalTitle = data.story?.title ?? '';
  const needs = useMemo(() => data.needs ?? [], [data]);
  const originalPurposes = useMemo(() => needs.map((n) => n.purpose ?? ''), [needs]);
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

  // What else is published (the title, each need's purpose) as last drawn, for the save.
  const published = useRef<{ title: string; purposes: string[] } | null>(null);
  const lastSaved = useRef(record.redaction ? { title: record.redaction.title, purposes: record.redaction.purposes ?? [] } : null);

  const save = useCallback(async (): Promise<SaveState> => {
    const view = viewRef.current;
    const other = published.current;
    if (!view || !other) return 'idle';
    const marks = view.state.field(marksField);
    const result = await api.redaction.save({
      id: record.id,
      version: versionRef.current,
      title: other.title,
      text: view.state.doc.toString(),
      decisions: marks.map((m) => decisionOf(view.state, m)),
      purposes: other.purposes,
    });
    if (!result.ok) {
      setFailure(errorText(result.error, t));
      return 'failed';
    }
    versionRef.current = result.value.version;
    lastSaved.current = other;
    setFailure(null);
    onChanged(result.value);
    return 'saved';
  }, [api, onChanged, record.id, t]);
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

  // The title and the needs' purposes name people as the story does (a name changed in the
  // story is declined into them too) until someone edits them by hand.
  const choicesKey = state ? JSON.stringify(personChoices(state)) : null;
  const [settledKey, setSettledKey] = useState<string | null>(null);
  // The first one at once, later ones once the typing pauses.
  if (settledKey === null && choicesKey !== null) setSettledKey(choicesKey);
  useEffect(() => {
    if (choicesKey === null || settledKey === null || choicesKey === settledKey) return;
    const timer = setTimeout(() => setSettledKey(choicesKey), FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [choicesKey, settledKey]);
  const followers = useMemo(() => {
    if (settledKey === null) return null;
    const choices = JSON.parse(settledKey) as PersonChoice[];
    const names = new Map(choices.flatMap((c) => (c.edited ? [[c.personId, nominativeAt(data, original, { ...c.edited, personId: c.personId }, c.edited.words)] as const] : [])));
    const kept = new Set(choices.filter((c) => c.rejected).map((c) => c.personId));
    const texts = [originalTitle, ...originalPurposes];
    return scanAlongside(data, original, texts, names).map((found, i) => applyFindings(texts[i]!, found.filter((f) => !f.personId || !kept.has(f.personId))));
  }, [settledKey, data, original, originalTitle, originalPurposes]);

  // Hand edits of the title and of each purpose (null: it follows the story). What was saved
  // differently from what the story gives is a hand edit, and is kept as it is.
  const [title, setTitle] = useState<string | null>(null);
  const [purposes, setPurposes] = useState<(string | null)[] | null>(null);
  if (followers && purposes === null) {
    const saved = record.redaction;
    const savedPurposes = saved?.purposes?.length === needs.length ? saved.purposes : undefined;
    setPurposes(needs.map((_, i) => (savedPurposes && savedPurposes[i] !== followers[i + 1] ? savedPurposes[i]! : null)));
    if (saved && saved.title !== followers[0]) setTitle(saved.title);
  }
  const publishedTitle = title ?? followers?.[0] ?? record.redaction?.title ?? '';
  const publishedPurposes = needs.map((_, i) => purposes?.[i] ?? followers?.[i + 1] ?? record.redaction?.purposes?.[i] ?? '');
  const purposesKey = JSON.stringify(publishedPurposes);
  useEffect(() => {
    published.current = followers ? { title: publishedTitle, purposes: JSON.parse(purposesKey) as string[] } : null;
  }, [followers, publishedTitle, purposesKey]);

  // A name changed in the story changes the title and purposes that follow it: saved too.
  useEffect(() => {
    const last = lastSaved.current;
    // A redaction not saved yet is saved by the person's first change, with these in it.
    if (!followers || !last) return;
    if (last.title === publishedTitle && JSON.stringify(last.purposes) === purposesKey) return;
    schedule();
  }, [followers, publishedTitle, purposesKey, schedule]);

  const leaks = useMemo(() => checkLeaks(data, `${publishedTitle}\n\n${text}`), [data, publishedTitle, text]);
  // Each purpose is checked on its own, as the export gate reads it.
  const purposeLeaks = useMemo(() => (JSON.parse(purposesKey) as string[]).map((p) => (p ? checkLeaks(data, p) : { direct: [], quasi: [] })), [data, purposesKey]);
  const allLeaks: LeakReport = { direct: [...leaks.direct, ...purposeLeaks.flatMap((r) => r.direct)], quasi: [...leaks.quasi, ...purposeLeaks.flatMap((r) => r.quasi)] };
  const risk = residualRisk(allLeaks);
  const offset = publishedTitle.length + 2;

  /** A name typed at one mention, for every mention of that person, in each mention's case. */
  const rename = useCallback(
    (mark: Mark, words: string): string | ((m: Mark) => string) => {
      const mention = mentionOf(mark);
      if (!mention) return words;
      const forms = renamePerson(data, original, mention, words);
      return (m: Mark) => forms.get(m.id) ?? words;
    },
    [data, original],
  );

  // The engine reads the published text itself, a moment after the typing stops.
  // The engine's worker answers later; an answer for a text since edited is dropped, as a newer scan is on its way.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    let current = true;
    const timer = setTimeout(() => {
      const scanned = view.state.doc.toString();
      void engine.scan(scanned).then((found) => {
        if (!current || view.state.doc.toString() !== scanned) return;
        const decided = view.state.field(marksField);
        const covered = (from: number, to: number) => decided.some((m) => m.from < to && from < m.to);
        const hits: LiveHit[] = found
          .filter((f: Finding) => !covered(f.start, f.end))
          .map((f) => ({ from: f.start, to: f.end, text: f.original, category: f.category, kind: f.kind, source: f.source, replacement: f.replacement, ...(f.identifier ? { identifier: f.identifier } : {}) }));
        view.dispatch({ effects: setLive.of(hits) });
      });
    }, SCAN_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, marks, engine]);

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
          <button type="button" className="primary" onClick={() => void submit()} disabled={allLeaks.direct.length > 0 || !unlocked || submitAction.busy} aria-describedby="submit-result">
            {t('redaction.submit')}
          </button>
        </div>
      </div>
      <div id="submit-result">
        <ActionMessage result={submitAction.result} />
      </div>
      {record.reviewComment && record.state === 'changes-requested' && <p className="warning">{t('redaction.reviewComment', { comment: record.reviewComment })}</p>}
      {legacy && <p className="warning">{t('editor.legacy')}</p>}
      {dictionaryFailure && <p className="warning" role="status">{t('editor.dictionaries')}</p>}
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

      {needs.length > 0 && (
        <div className="card">
          <h2>{t('redaction.needsTitle')}</h2>
          <p className="muted">{t('redaction.needsHelp')}</p>
          {needs.map((n, i) => {
            const direct = purposeLeaks[i]?.direct ?? [];
            return (
              <Field
                key={i}
                label={t('redaction.purposeLabel', { n: i + 1, amount: `${n.amount.toLocaleString()} ${n.currency}` })}
                help={n.purpose ? t('redaction.purposeOriginal', { text: n.purpose }) : t('redaction.purposeNone')}
                error={direct.length ? t('redaction.purposeLeak', { list: [...new Set(direct.map((h) => h.text))].join(', ') }) : undefined}
              >
                {(p) => (
                  <input
                    {...p}
                    value={publishedPurposes[i] ?? ''}
                    readOnly={!unlocked}
                    onChange={(e) => {
                      const value = e.target.value;
                      setPurposes((current) => needs.map((_, j) => (j === i ? value : (current?.[j] ?? null))));
                      schedule();
                    }}
                  />
                )}
              </Field>
            );
          })}
        </div>
      )}

      <div className="card" aria-live="polite">
        <h2>{t('redaction.leakCheck')}</h2>
        {allLeaks.direct.length === 0 ? (
          <p className="status">{t('redaction.noDirect')}</p>
        ) : (
          <>
            <p className="error" role="alert">{t('redaction.directFound', { count: allLeaks.direct.length })}</p>
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
                  <DecisionRow key={m.id} mark={m} published={state.doc.sliceString(m.from, m.to)} disabled={!unlocked} view={view} rename={rename} />
                ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

interface DecisionRowProps {
  mark: Mark;
  published: string;
  disabled: boolean;
  view: () => EditorView | null;
  rename: (mark: Mark, words: string) => string | ((m: Mark) => string);
}

function DecisionRow({ mark, published, disabled, view, rename }: DecisionRowProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const v = view();
    if (v && draft !== null && draft !== published) decide(v, [mark.id], 'accepted', rename(mark, draft));
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
