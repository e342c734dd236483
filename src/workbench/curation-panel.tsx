import { useContext, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Corpus, Evidence, Figure, FigureRole, Quote, Stance } from '../corpus/schema.ts';
import {
  claimRef,
  evidenceRef,
  mergeDecision,
  spanRef,
  splitDecision,
  type FigureChanges,
} from '../curation/decisions.ts';
import type { CurationSlotProps } from '../views/shared/curation-slot.ts';
import { CurationContext, type CurationSession } from './curation-context.ts';

const BUTTON =
  'rounded-md border border-slate-400 bg-white px-2 py-0.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-500';
const FIELD = 'rounded border border-slate-400 bg-white px-1.5 py-0.5 text-sm text-slate-900';
const LABEL = 'flex flex-wrap items-center gap-1 text-sm text-slate-800';

const STANCES: readonly { value: Stance; words: string }[] = [
  { value: 'asserts', words: 'asserts' },
  { value: 'attributes', words: 'attributes' },
  { value: 'disputes', words: 'disputes' },
];

const ROLES: readonly FigureRole[] = [
  'total',
  'part',
  'account',
  'change',
  'ratio',
  'method',
  'context',
];

/** Reviewed or proposed, in the words the matrix's legend uses. */
function originWords(origin: 'auto' | 'reviewed'): string {
  return origin === 'reviewed' ? 'reviewed' : 'machine-proposed';
}

/**
 * A curator's controls in the source reader, in a project's dashboard: for the open cell's claim
 * (confirm, rename, merge, drop), each of its passages in the open article (confirm, reject,
 * correct stance, hedge and speaker), words selected in the text added as a passage, and the
 * article's figures and quotations. Each control records a decision; the corpus is then rebuilt
 * with it, and shows the item as reviewed.
 */
export function CurationPanel({ corpus, articleId, claimId }: CurationSlotProps) {
  const session = useContext(CurationContext);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hadFocus = useRef(false);
  useLayoutEffect(() => {
    // The rebuild a decision starts can take away the control that had the focus (a rejected
    // passage, a figure gone): the focus then goes to this panel's heading, not to the page's top.
    const at = document.activeElement;
    if (hadFocus.current && (at === null || at === document.body)) headingRef.current?.focus();
  }, [corpus]);
  if (session === null) return null;
  const claim = claimId === null ? undefined : corpus.claims.find((c) => c.id === claimId);
  const evidence = corpus.evidence.filter(
    (e) => e.articleId === articleId && e.claimId === claimId,
  );
  const figures = corpus.figures.filter((f) => f.articleId === articleId);
  const quotes = corpus.quotes.filter((q) => q.articleId === articleId);
  const busy = session.status.phase === 'updating';

  return (
    <section
      aria-labelledby={headingId}
      className="mt-3 rounded-md border border-sky-300 bg-sky-50 p-2 text-sm"
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(event) => {
        // Focus moving elsewhere on the page ends it; a control removed takes it nowhere.
        const to = event.relatedTarget;
        if (to !== null && !event.currentTarget.contains(to)) hadFocus.current = false;
      }}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="font-semibold text-sky-950">
        Curate
      </h3>
      <p role="status" className="text-xs text-sky-900">
        {busy ? 'Updating the corpus with your decisions…' : null}
      </p>
      {session.status.phase === 'failed' && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {session.status.message}
        </p>
      )}
      {claim !== undefined && (
        <ClaimControls corpus={corpus} claimId={claim.id} here={evidence} session={session} />
      )}
      {claim !== undefined && (
        <>
          <h4 className="mt-2 font-medium text-slate-900">
            {evidence.length === 1 ? 'Its passage here' : 'Its passages here'}
          </h4>
          {evidence.length === 0 ? (
            <p className="text-slate-700">The machine found no passage for it in this article.</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {evidence.map((e) => (
                <EvidenceControls key={`${e.start}-${e.end}`} evidence={e} session={session} />
              ))}
            </ul>
          )}
          <AddSelection
            corpus={corpus}
            articleId={articleId}
            claimId={claim.id}
            session={session}
          />
        </>
      )}
      {claim === undefined && (
        <p className="mt-1 text-slate-700">
          Open a cell of the matrix to curate a claim&rsquo;s passages in this article.
        </p>
      )}
      <FigureList corpus={corpus} figures={figures} session={session} />
      <QuoteList corpus={corpus} quotes={quotes} session={session} />
    </section>
  );
}

interface ControlsProps {
  session: CurationSession;
}

function ClaimControls({
  corpus,
  claimId,
  here,
  session,
}: ControlsProps & { corpus: Corpus; claimId: string; here: readonly Evidence[] }) {
  const claim = corpus.claims.find((c) => c.id === claimId);
  const [statement, setStatement] = useState(claim?.statement ?? '');
  const others = corpus.claims.filter((c) => c.id !== claimId);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [splitWords, setSplitWords] = useState('');
  const renameId = useId();
  const mergeId = useId();
  const splitId = useId();
  if (claim === undefined) return null;
  // Splitting moves this article's passages to a new claim: only when others stay behind.
  const canSplit =
    here.length > 0 &&
    corpus.evidence.some(
      (e) =>
        e.claimId === claimId &&
        !here.some((h) => h.start === e.start && h.articleId === e.articleId),
    );
  const split = (event: FormEvent) => {
    event.preventDefault();
    const words = splitWords.trim();
    if (words === '') return;
    session.decide(splitDecision(corpus, claimId, here.map(evidenceRef), words));
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    const words = statement.trim();
    if (words === '' || words === claim.statement) return;
    session.decide({
      kind: 'claim',
      action: 'rename',
      claim: claimRef(corpus, claimId),
      statement: words,
    });
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (into === '') return;
    session.decide(mergeDecision(corpus, claimId, into));
  };
  return (
    <div className="mt-1 space-y-1.5">
      <p className="text-slate-800">
        Claim {claim.id}, {claim.origin === 'auto' ? 'proposed by the machine' : 'curated'}.
      </p>
      <p className="flex flex-wrap gap-2">
        {claim.origin === 'auto' && (
          <button
            type="button"
            className={BUTTON}
            onClick={() =>
              session.decide({ kind: 'claim', action: 'confirm', claim: claimRef(corpus, claimId) })
            }
          >
            Confirm the claim
          </button>
        )}
        <button
          type="button"
          className={BUTTON}
          onClick={() =>
            session.decide({ kind: 'claim', action: 'drop', claim: claimRef(corpus, claimId) })
          }
        >
          Drop the claim
        </button>
      </p>
      <form onSubmit={rename} className="flex flex-wrap items-center gap-1">
        <label htmlFor={renameId} className="text-slate-800">
          Wording
        </label>
        <input
          id={renameId}
          className={`${FIELD} min-w-0 flex-1 basis-48`}
          value={statement}
          onChange={(event) => setStatement(event.target.value)}
        />
        <button type="submit" className={BUTTON}>
          Rename
        </button>
      </form>
      {others.length > 0 && (
        <form onSubmit={merge} className="flex flex-wrap items-center gap-1">
          <label htmlFor={mergeId} className="text-slate-800">
            Merge into
          </label>
          <select
            id={mergeId}
            className={`${FIELD} min-w-0 max-w-full flex-1 basis-48`}
            value={into}
            onChange={(event) => setInto(event.target.value)}
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}: {c.statement.length > 70 ? `${c.statement.slice(0, 69)}…` : c.statement}
              </option>
            ))}
          </select>
          <button type="submit" className={BUTTON}>
            Merge
          </button>
        </form>
      )}
      {canSplit && (
        <form onSubmit={split} className="flex flex-wrap items-center gap-1">
          <label htmlFor={splitId} className="text-slate-800">
            Split this article&rsquo;s {here.length === 1 ? 'passage' : 'passages'} off as a new
            claim, worded
          </label>
          <input
            id={splitId}
            className={`${FIELD} min-w-0 flex-1 basis-48`}
            value={splitWords}
            onChange={(event) => setSplitWords(event.target.value)}
          />
          <button type="submit" className={BUTTON}>
            Split
          </button>
        </form>
      )}
    </div>
  );
}

/** The two verdicts on one machine item, the same for a passage and a figure. */
function ConfirmOrReject({ onConfirm, onReject }: { onConfirm: () => void; onReject: () => void }) {
  return (
    <p className="mt-1 flex flex-wrap gap-2">
      <button type="button" className={BUTTON} onClick={onConfirm}>
        Confirm
      </button>
      <button type="button" className={BUTTON} onClick={onReject}>
        Reject
      </button>
    </p>
  );
}

function EvidenceControls({ evidence, session }: ControlsProps & { evidence: Evidence }) {
  const [stance, setStance] = useState<Stance>(evidence.stance);
  const [hedged, setHedged] = useState(evidence.hedged);
  const [speaker, setSpeaker] = useState(evidence.attributedTo ?? '');
  const ids = useId();
  const target = evidenceRef(evidence);
  const spoken = speaker.trim() === '' ? null : speaker.trim();
  const changed =
    stance !== evidence.stance || hedged !== evidence.hedged || spoken !== evidence.attributedTo;
  const correct = (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    session.decide({
      kind: 'evidence',
      action: 'correct',
      target,
      ...(stance === evidence.stance ? {} : { stance }),
      ...(hedged === evidence.hedged ? {} : { hedged }),
      ...(spoken === evidence.attributedTo ? {} : { attributedTo: spoken }),
    });
  };
  return (
    <li
      aria-label={`Passage “${evidence.quote}”`}
      className="rounded border border-slate-300 bg-white p-1.5"
    >
      <p className="border-l-2 border-slate-400 pl-2 text-slate-900">
        {evidence.quote}{' '}
        <span className="text-xs text-slate-700">({originWords(evidence.origin)})</span>
      </p>
      <ConfirmOrReject
        onConfirm={() => session.decide({ kind: 'evidence', action: 'confirm', target })}
        onReject={() => session.decide({ kind: 'evidence', action: 'reject', target })}
      />
      <form onSubmit={correct} className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <label className={LABEL} htmlFor={`${ids}-stance`}>
          Stance
        </label>
        <select
          id={`${ids}-stance`}
          className={FIELD}
          value={stance}
          onChange={(event) => setStance(event.target.value as Stance)}
        >
          {STANCES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.words}
            </option>
          ))}
        </select>
        <label className={LABEL}>
          <input
            type="checkbox"
            checked={hedged}
            onChange={(event) => setHedged(event.target.checked)}
          />
          Hedged
        </label>
        <label className={LABEL}>
          Attributed to
          <input
            className={`${FIELD} w-40`}
            value={speaker}
            placeholder="nobody: the outlet"
            onChange={(event) => setSpeaker(event.target.value)}
          />
        </label>
        <button type="submit" className={BUTTON} disabled={!changed}>
          Save correction
        </button>
      </form>
    </li>
  );
}

/** How often `words` occur in `text`, and where the first is. */
function findWords(text: string, words: string): { count: number; start: number } {
  let count = 0;
  let first = -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (first < 0) first = at;
    count += 1;
  }
  return { count, start: first };
}

/**
 * Words the curator selected in the article, added as a passage the machine missed. The words
 * are found in the article's text; when they occur more than once, the curator is asked for more.
 */
function AddSelection({
  corpus,
  articleId,
  claimId,
  session,
}: {
  corpus: Corpus;
  articleId: string;
  claimId: string;
  session: CurationSession;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [stance, setStance] = useState<Stance>('asserts');
  const [typed, setTyped] = useState('');
  const stanceId = useId();
  const typedId = useId();
  const text = corpus.articles.find((a) => a.id === articleId)?.text ?? '';
  const add = () => {
    // Typed (or pasted) words first: a keyboard cannot select text that is not editable.
    const words = (typed.trim() || (window.getSelection()?.toString() ?? '')).trim();
    if (words === '') {
      setProblem('Select the words in the article’s text, or type them, then add them.');
      return;
    }
    const { count, start } = findWords(text, words);
    if (count !== 1) {
      setProblem(
        count === 0
          ? 'The selected words are not this article’s text as written (select within one passage of the article).'
          : `These words occur ${count} times in the article: select a few more so they name one place.`,
      );
      return;
    }
    setProblem(null);
    setTyped('');
    session.decide({
      kind: 'evidence',
      action: 'add',
      target: {
        claim: claimId,
        article: articleId,
        start,
        end: start + words.length,
        quote: words,
      },
      stance,
      hedged: false,
    });
  };
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1">
      <p className="basis-full text-slate-800">
        A passage the machine missed: select its words in the article (or type them), choose how it
        carries the claim, then add it.
      </p>
      <label htmlFor={typedId} className="text-slate-800">
        Its words
      </label>
      <input
        id={typedId}
        className={`${FIELD} min-w-0 flex-1 basis-48`}
        value={typed}
        placeholder="the selected words"
        onChange={(event) => setTyped(event.target.value)}
      />
      <label htmlFor={stanceId} className="text-slate-800">
        Its stance
      </label>
      <select
        id={stanceId}
        className={FIELD}
        value={stance}
        onChange={(event) => setStance(event.target.value as Stance)}
      >
        {STANCES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.words}
          </option>
        ))}
      </select>
      {/* Pressed with the mouse, a button would take the selection away: keep it. */}
      <button
        type="button"
        className={BUTTON}
        onMouseDown={(event) => event.preventDefault()}
        onClick={add}
      >
        Add the selected words
      </button>
      {problem !== null && (
        <p role="alert" className="basis-full text-sm text-red-800">
          {problem}
        </p>
      )}
    </div>
  );
}

function FigureList({
  corpus,
  figures,
  session,
}: ControlsProps & { corpus: Corpus; figures: readonly Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-medium text-slate-900">
        Figures in this article ({figures.length})
      </summary>
      <ul className="mt-1 space-y-2">
        {figures.map((f) => (
          <FigureControls key={f.id} corpus={corpus} figure={f} session={session} />
        ))}
      </ul>
    </details>
  );
}

function numberOrNull(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function FigureControls({
  corpus,
  figure,
  session,
}: ControlsProps & { corpus: Corpus; figure: Figure }) {
  const [low, setLow] = useState(String(figure.low));
  const [high, setHigh] = useState(figure.high === null ? '' : String(figure.high));
  const [qualifier, setQualifier] = useState(figure.qualifier ?? '');
  const [vague, setVague] = useState(figure.vague);
  const [role, setRole] = useState<FigureRole>(figure.role);
  const [event, setEvent] = useState(figure.eventId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const target = { id: figure.id, ...spanRef(figure) };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const lowValue = numberOrNull(low);
    const highValue = numberOrNull(high);
    if (lowValue === null || lowValue === undefined || highValue === undefined) {
      setProblem('The value must be a number of zero or more (leave “up to” empty for none).');
      return;
    }
    if (highValue !== null && highValue < lowValue) {
      setProblem('“Up to” must be at least the value.');
      return;
    }
    setProblem(null);
    const changes: FigureChanges = {
      ...(lowValue === figure.low ? {} : { low: lowValue }),
      ...(highValue === figure.high ? {} : { high: highValue }),
      ...((qualifier.trim() || null) === figure.qualifier
        ? {}
        : { qualifier: qualifier.trim() || null }),
      ...(vague === figure.vague ? {} : { vague }),
      ...(role === figure.role ? {} : { role }),
      ...((event || null) === figure.eventId ? {} : { event: event || null }),
    };
    if (Object.keys(changes).length === 0) {
      setProblem('Nothing is changed: change a field first.');
      return;
    }
    session.decide({ kind: 'figure', action: 'correct', target, ...changes });
  };
  return (
    <li
      aria-label={`Figure “${figure.quote}”`}
      className="rounded border border-slate-300 bg-white p-1.5"
    >
      <p className="text-slate-900">
        &ldquo;{figure.quote}&rdquo;{' '}
        <span className="text-xs text-slate-700">({originWords(figure.origin)})</span>
      </p>
      <ConfirmOrReject
        onConfirm={() => session.decide({ kind: 'figure', action: 'confirm', target })}
        onReject={() => session.decide({ kind: 'figure', action: 'reject', target })}
      />
      <form onSubmit={save} className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <label className={LABEL}>
          Value
          <input
            className={`${FIELD} w-20`}
            inputMode="numeric"
            value={low}
            onChange={(e) => setLow(e.target.value)}
          />
        </label>
        <label className={LABEL}>
          Up to
          <input
            className={`${FIELD} w-20`}
            inputMode="numeric"
            value={high}
            onChange={(e) => setHigh(e.target.value)}
          />
        </label>
        <label className={LABEL}>
          Qualifier
          <input
            className={`${FIELD} w-24`}
            value={qualifier}
            onChange={(e) => setQualifier(e.target.value)}
          />
        </label>
        <label className={LABEL}>
          <input type="checkbox" checked={vague} onChange={(e) => setVague(e.target.checked)} />
          Vague (&ldquo;hundreds&rdquo;)
        </label>
        <label className={LABEL} htmlFor={`${ids}-role`}>
          Role
        </label>
        <select
          id={`${ids}-role`}
          className={FIELD}
          value={role}
          onChange={(e) => setRole(e.target.value as FigureRole)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label className={LABEL} htmlFor={`${ids}-event`}>
          Event
        </label>
        <select
          id={`${ids}-event`}
          className={`${FIELD} max-w-full`}
          value={event}
          onChange={(e) => setEvent(e.target.value)}
        >
          <option value="">none</option>
          {corpus.events.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.label}
            </option>
          ))}
        </select>
        <button type="submit" className={BUTTON}>
          Save correction
        </button>
        {problem !== null && (
          <p role="alert" className="basis-full text-sm text-red-800">
            {problem}
          </p>
        )}
      </form>
    </li>
  );
}

function QuoteList({
  corpus,
  quotes,
  session,
}: ControlsProps & { corpus: Corpus; quotes: readonly Quote[] }) {
  if (quotes.length === 0) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-medium text-slate-900">
        Quotations in this article ({quotes.length})
      </summary>
      <ul className="mt-1 space-y-2">
        {quotes.map((q) => (
          <QuoteControls key={`${q.start}-${q.end}`} corpus={corpus} quote={q} session={session} />
        ))}
      </ul>
    </details>
  );
}

function QuoteControls({
  corpus,
  quote,
  session,
}: ControlsProps & { corpus: Corpus; quote: Quote }) {
  const [speaker, setSpeaker] = useState(quote.speakerId ?? '');
  const id = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    if ((speaker || null) === quote.speakerId) return;
    session.decide({
      kind: 'quote',
      action: 'correct',
      target: spanRef(quote),
      speaker: speaker || null,
    });
  };
  return (
    <li className="rounded border border-slate-300 bg-white p-1.5">
      <p className="text-slate-900">
        &ldquo;{quote.quote}&rdquo;{' '}
        <span className="text-xs text-slate-700">({originWords(quote.origin)})</span>
      </p>
      <form onSubmit={save} className="mt-1 flex flex-wrap items-center gap-1">
        <label htmlFor={id} className="text-slate-800">
          Speaker
        </label>
        <select
          id={id}
          className={`${FIELD} max-w-full`}
          value={speaker}
          onChange={(event) => setSpeaker(event.target.value)}
        >
          <option value="">nobody named</option>
          {corpus.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="submit" className={BUTTON} disabled={(speaker || null) === quote.speakerId}>
          Save speaker
        </button>
      </form>
    </li>
  );
}

/** The panel as the source reader's curation slot draws it. */
export function renderCurationPanel(props: CurationSlotProps) {
  return <CurationPanel key={`${props.articleId}|${props.claimId ?? ''}`} {...props} />;
}
