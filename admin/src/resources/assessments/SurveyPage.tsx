import { Alert, Box, Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { PublicSurveyDocument, SubmitSurveyResponseDocument, type PublicSurveyQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

type Survey = NonNullable<PublicSurveyQuery['publicSurvey']>;

/** 群众满意度测评 for a resident: reached by the link's token without signing in, answered once with a one-time code. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const translate = useTranslate();
  const [survey, setSurvey] = useState<Survey | null | undefined>(undefined);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  useEffect(() => {
    request(PublicSurveyDocument, { token }).then(
      (r) => setSurvey(r.publicSurvey ?? null),
      (e: Error) => setError(e.message),
    );
  }, [token]);
  const send = async () => {
    if (!survey || survey.questions.some((q) => q.required && !answers[q.code])) return setError(translate('gridgov.assessments.survey.unanswered'));
    try {
      await request(SubmitSurveyResponseDocument, {
        token,
        code: code.trim(),
        answers: survey.questions.filter((q) => answers[q.code]).map((q) => ({ question: q.code, value: answers[q.code]! })),
      });
      setSent(true);
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: 2 }} className="public-survey">
      <Card>
        <CardContent>
          {survey === null && <Alert severity="warning">{translate('gridgov.assessments.survey.notFound')}</Alert>}
          {survey && (
            <Stack spacing={2}>
              <Typography variant="h5">{survey.title}</Typography>
              <Typography color="text.secondary">{`${survey.gridName} · ${survey.period}`}</Typography>
              {!survey.open && <Alert severity="info">{translate('gridgov.assessments.survey.closed')}</Alert>}
              {sent && (
                <Alert severity="success" className="survey-thanks">
                  {translate('gridgov.assessments.survey.thanks')}
                </Alert>
              )}
              {survey.open && !sent && (
                <>
                  {survey.questions.map((q, n) => (
                    <FormControl key={q.code} data-question={q.code}>
                      <FormLabel required={q.required}>{`${n + 1}. ${q.text}`}</FormLabel>
                      <RadioGroup row value={answers[q.code] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [q.code]: e.target.value }))}>
                        {q.options.map((o) => (
                          <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={o.label} />
                        ))}
                      </RadioGroup>
                    </FormControl>
                  ))}
                  <TextField
                    name="survey-code"
                    label={translate('gridgov.assessments.survey.code')}
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                    sx={{ maxWidth: 240 }}
                  />
                  <Box>
                    <Button
                      variant="contained"
                      label="gridgov.assessments.survey.submit"
                      className="survey-submit"
                      disabled={!code.trim()}
                      onClick={() => void send()}
                    />
                  </Box>
                </>
              )}
              {error && (
                <Alert severity="error" className="survey-error">
                  {error}
                </Alert>
              )}
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
