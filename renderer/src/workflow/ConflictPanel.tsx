import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { ActionMessage } from '../ui/ActionMessage';
import { formatDateTime } from '../ui/dates';
import { useAction } from '../ui/useAction';
import { useConfirm } from '../ui/useConfirm';
import { ParagraphPair, paragraphs } from './Compare';
import { differingLines, versionLines, type Version } from './conflictLines';

interface Props {
  api: SafeholdApi;
  /** A case holding a second version (`conflict`). */
  record: CaseView;
  /** Intake and admin may keep one; the core checks it again. */
  canResolve: boolean;
  onResolved: (record: CaseView) => void;
}

/** Two texts paragraph by paragraph: only the paragraphs that differ, each labelled with its place. */
function StoryPair({ label, here, theirs }: { label: string; here: string; theirs: string }) {
  const { t } = useTranslation();
  const a = paragraphs(here);
  const b = paragraphs(theirs);
  return (
    <>
      {Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
        a[i] === b[i] ? null : (
          <div key={i}>
            <h4 className="compare-label">{t('conflict.paragraph', { label, n: i + 1 })}</h4>
            <ParagraphPair original={a[i] ?? ''} published={b[i] ?? ''} />
          </div>
        ),
      )}
    </>
  );
}

/**
 * A case changed here and on another laptop: both versions side by side, the fields and story
 * that differ highlighted, who each came from and when; the person keeps one, after a
 * confirmation (the core writes it to the audit log). Until then the record is not edited.
 */
export function ConflictPanel({ api, record, canResolve, onResolved }: Props) {
  const { t, i18n } = useTranslation();
  const { ask, dialog } = useConfirm();
  const resolve = useAction();
  const conflict = record.conflict;
  if (!conflict) return null;
  const name = conflict.from;
  const theirs = conflict.theirs;
  const decision = conflict.decision;
  // A decision alone is compared with where the case stands here, not with its whole record.
  const here: Version = theirs
    ? { data: record.data, state: record.state, reviewComment: record.reviewComment, publishedTitle: record.redaction?.title }
    : { state: record.state, reviewComment: record.reviewComment };
  const other: Version = theirs
    ? { data: theirs.data, state: theirs.state, reviewComment: theirs.reviewComment, publishedTitle: theirs.redaction?.title }
    : { state: decision?.outcome, reviewComment: decision?.comment };
  const { pairs, same } = differingLines(versionLines(here, t), versionLines(other, t));
  const storyHere = record.data.story?.text ?? '';
  const storyTheirs = theirs?.data.story?.text ?? storyHere;
  const publishedHere = record.redaction?.text ?? '';
  const publishedTheirs = theirs ? (theirs.redaction?.text ?? '') : publishedHere;
  // The core refuses to take an approval of a version that changed since.
  const staleApproval = !theirs && decision?.outcome === 'approved';

  const keep = async (which: 'here' | 'theirs') => {
    const yes = await ask({
      title: which === 'here' ? t('conflict.confirmHereTitle') : t('conflict.confirmTheirsTitle', { name }),
      body: <p>{which === 'here' ? t('conflict.confirmHere', { name }) : t('conflict.confirmTheirs', { name })}</p>,
      confirm: which === 'here' ? t('conflict.keepHere') : t('conflict.keepTheirs', { name }),
    });
    if (!yes) return;
    const done = await resolve.run(() => api.cases.resolveConflict({ id: record.id, keep: which }), () => t('conflict.resolved'));
    if (done) onResolved(done);
  };

  return (
    <section className="card conflict" aria-labelledby="conflict-title">
      {dialog}
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{t(theirs ? 'conflict.introCase' : 'conflict.introDecision', { name })}</p>
      <p className="muted">{t('conflict.diffHelp')}</p>
      <div className="compare" role="region" aria-label={t('conflict.compare')} tabIndex={0}>
        <div className="compare-row compare-head">
          <div>
            <h3>{t('conflict.here')}</h3>
            <p className="muted">{t('conflict.hereWhen', { name: record.updatedBy, date: formatDateTime(record.updatedAt, i18n.language) })}</p>
          </div>
          <div>
            <h3>{t('conflict.theirs', { name })}</h3>
            <p className="muted">{t('conflict.theirsWhen', { fingerprint: conflict.fingerprint, date: formatDateTime(conflict.receivedAt, i18n.language) })}</p>
          </div>
        </div>
        {pairs.map((p) => (
          <div key={p.key}>
            <h4 className="compare-label">{p.label}</h4>
            <ParagraphPair original={p.here} published={p.theirs} />
          </div>
        ))}
        {storyHere !== storyTheirs && <StoryPair label={t('form.storyText')} here={storyHere} theirs={storyTheirs} />}
        {publishedHere !== publishedTheirs && <StoryPair label={t('redaction.publishedText')} here={publishedHere} theirs={publishedTheirs} />}
      </div>
      {same > 0 && <p className="muted">{t('conflict.same', { count: same })}</p>}
      {canResolve ? (
        <div className="actions">
          <button type="button" onClick={() => void keep('here')} disabled={resolve.busy} aria-describedby="conflict-result">
            {t('conflict.keepHere')}
          </button>
          <button type="button" onClick={() => void keep('theirs')} disabled={resolve.busy || staleApproval} aria-describedby={staleApproval ? 'conflict-stale conflict-result' : 'conflict-result'}>
            {t('conflict.keepTheirs', { name })}
          </button>
        </div>
      ) : (
        <p className="help">{t('conflict.whoResolves')}</p>
      )}
      {staleApproval && (
        <p id="conflict-stale" className="help">
          {t('conflict.staleApproval')}
        </p>
      )}
      <div id="conflict-result">
        <ActionMessage result={resolve.result} />
      </div>
    </section>
  );
}
