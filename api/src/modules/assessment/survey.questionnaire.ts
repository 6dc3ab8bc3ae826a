import { badInput, type FieldError } from '../../core/errors';
import { t } from '../../core/i18n';
import { FieldErrors } from '../../core/validate';
import { FormFieldType, type FormField } from '../form/form.definition';
import type { FormValues } from '../form/expression';
import { FormTemplateStatus, type FormTemplate } from '../form/form.entity';
import { normaliseValues, validate } from '../form/form.values';
import { round2 } from './assessment.scoring';
import type { SurveyAnswer } from './survey.entity';

/**
 * A questionnaire is a form template: its questions are the SELECT fields whose options all carry a
 * score (0 or more); every other field is not asked on a survey.
 */
export const surveyQuestions = (fields: readonly FormField[]): FormField[] =>
  fields.filter(
    (f) => f.type === FormFieldType.SELECT && !f.dictionaryType && !!f.options?.length && f.options.every((o) => typeof o.score === 'number' && o.score >= 0),
  );

/** Why a template cannot carry a survey round (a message key), or null when it can. */
export function questionnaireProblem(template: FormTemplate): string | null {
  if (template.status !== FormTemplateStatus.PUBLISHED) return 'survey.notPublished';
  if (!surveyQuestions(template.fields).length) return 'survey.notQuestionnaire';
  return null;
}

/**
 * Checks a household's answers against the questionnaire and scores them: the chosen options' scores
 * as a percent of the highest score of each question answered, two decimals. BAD_USER_INPUT names
 * `answers.N.question` (no such question, or answered twice), `answers.N.value` (not one of its
 * options) or `answers` (a required question unanswered, or nothing answered).
 */
export function scoreAnswers(fields: readonly FormField[], answers: readonly SurveyAnswer[]): { answers: SurveyAnswer[]; score: number } {
  const questions = surveyQuestions(fields);
  const keys = new Set(questions.map((q) => q.key));
  const errors = new FieldErrors();
  const values: Record<string, unknown> = {};
  const position = new Map<string, number>();
  (answers ?? []).forEach((a, n) => {
    if (!keys.has(a.question)) errors.add(`answers.${n}.question`, 'survey.unknownQuestion');
    else if (position.has(a.question)) errors.add(`answers.${n}.question`, 'survey.answeredTwice');
    else {
      values[a.question] = a.value;
      position.set(a.question, n);
    }
  });
  const checked = new FieldErrors();
  const clean = normaliseValues(checked, questions, values, new Map());
  const problems: FieldError[] = [
    ...errors.list,
    ...checked.list.map((e) => ({ field: `answers.${position.get(e.field.slice('values.'.length))}.value`, message: e.message })),
  ];
  for (const issue of validate(questions, [], { values: values as FormValues }, { complete: true, t: (key) => t(key) }).errors)
    problems.push({ field: 'answers', message: issue.message });
  if (!problems.length && !Object.keys(clean).length) problems.push({ field: 'answers', message: t('survey.answers') });
  if (problems.length) throw badInput(problems);
  let got = 0;
  let best = 0;
  const chosen: SurveyAnswer[] = [];
  for (const q of questions) {
    const value = clean[q.key];
    if (typeof value !== 'string') continue;
    got += q.options!.find((o) => o.value === value)!.score!;
    best += Math.max(...q.options!.map((o) => o.score!));
    chosen.push({ question: q.key, value });
  }
  return { answers: chosen, score: best ? round2((got * 100) / best) : 0 };
}
