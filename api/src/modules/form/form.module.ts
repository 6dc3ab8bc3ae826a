import { defineModule } from '../../core/module';
import { FormRule, FormSubmission, FormTemplate, ReportingRound, SubmissionHistory } from './form.entity';
import { formLoaders } from './form.loader';
import { formMessages } from './form.messages';
import { seedForms } from './form.seed';
import {
  FormRuleResolver,
  FormSubmissionResolver,
  FormTemplateResolver,
  ReportingRoundResolver,
  formRuleRelations,
  reportingRoundRelations,
  formSubmissionRelations,
} from './form.resolver';
import { formGrants, formRulePolicy, formStatsPolicy, formSubmissionPolicy, formTemplatePolicy, reportingRoundPolicy } from './form.policy';

/** Configurable forms and data reporting (一套表): templates, rules, rounds, submissions, rates and aggregates. */
export const formModule = defineModule({
  name: 'form',
  entities: [FormTemplate, FormRule, ReportingRound, FormSubmission, SubmissionHistory],
  resolvers: [FormTemplateResolver, FormRuleResolver, ReportingRoundResolver, FormSubmissionResolver],
  relations: { FormRule: formRuleRelations, ReportingRound: reportingRoundRelations, FormSubmission: formSubmissionRelations },
  loaders: formLoaders,
  subjects: {
    FormTemplate: formTemplatePolicy,
    FormRule: formRulePolicy,
    ReportingRound: reportingRoundPolicy,
    FormSubmission: formSubmissionPolicy,
    FormStats: formStatsPolicy,
  },
  grants: formGrants,
  references: [
    { table: 'form_rule', column: 'org_id', target: 'Org', kind: 'ref.formRule' },
    { table: 'reporting_round', column: 'org_id', target: 'Org', kind: 'ref.reportingRound' },
    { table: 'form_submission', column: 'org_id', target: 'Org', kind: 'ref.formSubmission' },
  ],
  demoSeed: seedForms,
  messages: formMessages,
});
