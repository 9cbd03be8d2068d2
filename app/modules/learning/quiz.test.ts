import { describe, expect, it } from "vitest";
import { normaliseAnswer, publicQuestion, scoreQuiz, type StoredQuestion } from "./quiz.ts";
import { parseQuestionLines } from "./shared.ts";

const q = (id: string, kind: StoredQuestion["kind"], lines: string, truefalse: "" | "true" | "false" = ""): StoredQuestion => {
  const parsed = parseQuestionLines({ kind, lines, truefalse });
  if (!parsed.ok) throw new Error(parsed.error);
  return { id, kind, prompt: id, spec: parsed.spec, explanation: "" };
};

const questions = [
  q("a", "multiple", "* Een\nTwee | nee\n* Drie"),
  q("b", "matching", "Smishing = sms\nVishing = telefoon\nQuishing = QR-code"),
  q("c", "short", "Windows + L\nWin+L"),
  q("d", "truefalse", "", "false"),
];

describe("quiz scoring", () => {
  it("gives learners no answers, no feedback", () => {
    const shown = JSON.stringify(questions.map(publicQuestion));
    expect(shown).not.toMatch(/correct|feedback|accepted|answer/);
    expect(publicQuestion(questions[1]!).right).toEqual(["QR-code", "sms", "telefoon"]);
  });

  it("needs the exact set for multiple choice and every pair for matching", () => {
    const right = {
      "q-a": ["o1", "o3"],
      "q-b-p1": ["sms"],
      "q-b-p2": ["telefoon"],
      "q-b-p3": ["QR-code"],
      "q-c": ["  win+l. "],
      "q-d": ["false"],
    };
    expect(scoreQuiz(questions, right, 100)).toMatchObject({ scorePercent: 100, passed: true });
    const partial = scoreQuiz(questions, { ...right, "q-a": ["o1", "o2", "o3"], "q-b-p3": ["sms"] }, 50);
    expect(partial.results.map((r) => r.correct)).toEqual([false, false, true, true]);
    expect(partial).toMatchObject({ scorePercent: 50, passed: true });
    expect(partial.results[0]!.feedback).toEqual(["nee"]);
    // Unknown option ids, a missing answer and extra fields count for nothing.
    expect(scoreQuiz(questions, { "q-a": ["o9"], "q-d": ["maybe"], score: ["100"] }, 1)).toMatchObject({
      scorePercent: 0,
      passed: false,
    });
  });

  it("compares short answers without case, accents, spaces or end punctuation", () => {
    expect(normaliseAnswer("  Créssey. ")).toBe("cressey");
    expect(normaliseAnswer("")).toBe("");
  });

  it("refuses author lines without a right answer or with too few options", () => {
    expect(parseQuestionLines({ kind: "single", lines: "Een\nTwee", truefalse: "" })).toEqual({
      ok: false,
      error: "learning.question.needCorrect",
    });
    expect(parseQuestionLines({ kind: "single", lines: "* Een\n* Twee", truefalse: "" })).toEqual({
      ok: false,
      error: "learning.question.needCorrect",
    });
    expect(parseQuestionLines({ kind: "matching", lines: "a = b", truefalse: "" })).toEqual({
      ok: false,
      error: "learning.question.needPairs",
    });
  });
});
