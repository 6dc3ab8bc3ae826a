import GradingIcon from '@mui/icons-material/Grading';
import { Route } from 'react-router-dom';
import type { PanelResource } from '../panelResource';
import { en, zh } from './messages';
import { RankingPage } from './RankingPage';
import { RoundList } from './RoundList';
import { ScoreGrid } from './ScoreGrid';
import { SurveyPage } from './SurveyPage';

/** 考核评分: the rounds, a round's score grid, its ranking and summary, and the residents' survey page (no sign-in). */
const assessments: PanelResource = {
  name: 'assessments',
  subject: 'AssessmentRound',
  views: {
    list: RoundList,
    icon: GradingIcon,
  },
  routes: (
    <>
      <Route path="/assessments/:id/scores" element={<ScoreGrid />} />
      <Route path="/assessments/:id/ranking" element={<RankingPage />} />
    </>
  ),
  publicRoutes: <Route path="/survey/:token" element={<SurveyPage />} />,
  messages: { zh, en },
};

export default assessments;
