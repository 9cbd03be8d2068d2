// Quiz scoring: pure functions, run on the server only. The learner's browser gets questions
// without answers (publicQuestion) and sends choices; whatever it sends, the score is computed
// here from the stored spec.
import type { PublicQuestion, QuestionKind, QuestionSpec } from "./shared.ts";

export type StoredQuestion = { id: string; kind: QuestionKind; prompt: string; spec: QuestionSpec; explanation: string };

/** What the learner sent, per form field name (`q-<questionId>` or `q-<questionId>-<pairId>`). */
export type QuizAnswers = Record<string, string[]>;

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  /** Feedback on the answers given (choice feedback, true/false feedback) and the explanation. */
  feedback: string[];
};

export type QuizScore = { scorePercent: number; passed: boolean; results: QuestionResult[]; answers: Record<string, string[]> };

export function publicQuestion(question: StoredQuestion): PublicQuestion {
  const { spec } = question;
  const base = { id: question.id, kind: question.kind, prompt: question.prompt };
  switch (spec.kind) {
    case "single":
    case "multiple":
      return { ...base, options: spec.options.map((o) => ({ id: o.id, text: o.text })) };
    case "truefalse":
      return base;
    case "matching":
      return {
        ...base,
        left: spec.pairs.map((p) => ({ id: p.id, text: p.left })),
        right: [...new Set(spec.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b, "nl")),
      };
    case "short":
      return base;
  }
}

/** Lower case, no accents, single spaces, no end punctuation: "Phishing." = "phishing". */
export function normaliseAnswer(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[.!?;,]+$/, "");
}

const first = (answers: QuizAnswers, name: string) => (answers[name] ?? []).find((v) => typeof v === "string") ?? "";

function scoreQuestion(
  question: StoredQuestion,
  answers: QuizAnswers,
): { correct: boolean; feedback: string[]; given: Record<string, string[]> } {
  const { spec } = question;
  const name = `q-${question.id}`;
  const feedback: string[] = [];
  const given: Record<string, string[]> = {};
  let correct = false;
  switch (spec.kind) {
    case "single": {
      const chosen = first(answers, name);
      const option = spec.options.find((o) => o.id === chosen);
      given[name] = option ? [option.id] : [];
      correct = Boolean(option?.correct);
      if (option?.feedback) feedback.push(option.feedback);
      break;
    }
    case "multiple": {
      const valid = new Set(spec.options.map((o) => o.id));
      const chosen = new Set((answers[name] ?? []).filter((v) => valid.has(v)));
      given[name] = [...chosen];
      correct = spec.options.every((o) => o.correct === chosen.has(o.id));
      for (const o of spec.options) if (chosen.has(o.id) && o.feedback) feedback.push(o.feedback);
      break;
    }
    case "truefalse": {
      const chosen = first(answers, name);
      given[name] = chosen === "true" || chosen === "false" ? [chosen] : [];
      correct = chosen === String(spec.answer);
      const text = chosen === "true" ? spec.feedbackTrue : chosen === "false" ? spec.feedbackFalse : undefined;
      if (text) feedback.push(text);
      break;
    }
    case "matching": {
      correct = true;
      for (const pair of spec.pairs) {
        const field = `${name}-${pair.id}`;
        const chosen = first(answers, field);
        given[field] = chosen ? [chosen.slice(0, 500)] : [];
        if (chosen !== pair.right) correct = false;
      }
      break;
    }
    case "short": {
      const chosen = first(answers, name).slice(0, 500);
      given[name] = chosen ? [chosen] : [];
      const normal = normaliseAnswer(chosen);
      correct = normal !== "" && spec.accepted.some((a) => normaliseAnswer(a) === normal);
      break;
    }
  }
  if (question.explanation) feedback.push(question.explanation);
  return { correct, feedback, given };
}

/** Scores a submission: the share of questions answered entirely right, against the pass mark. */
export function scoreQuiz(questions: StoredQuestion[], answers: QuizAnswers, passMark: number): QuizScore {
  const results: QuestionResult[] = [];
  const stored: Record<string, string[]> = {};
  for (const question of questions) {
    const { correct, feedback, given } = scoreQuestion(question, answers);
    results.push({ questionId: question.id, correct, feedback });
    Object.assign(stored, given);
  }
  const right = results.filter((r) => r.correct).length;
  const scorePercent = questions.length ? Math.floor((right * 100) / questions.length) : 0;
  return { scorePercent, passed: questions.length > 0 && scorePercent >= passMark, results, answers: stored };
}
