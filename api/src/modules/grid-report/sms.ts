import { GridReportSeverity, GridReportStatus } from './grid-report.entity';

export interface ParsedSms {
  number: number;
  status: GridReportStatus;
  severity: GridReportSeverity | null;
  text: string | null;
}

const SAFE = /^(\d{1,5})号网格\s*平安[。.!！]?$/;
const INCIDENT = /^(\d{1,5})号网格\s*[:：]\s*(\S[\s\S]*)$/;

/** The day's light turns red on these (信息报送“红绿灯”制度): petition movements, major and warning-level disputes. */
function severityOf(text: string): GridReportSeverity {
  if (/上访|信访|进京|集访/.test(text)) return GridReportSeverity.PETITION;
  if (/重大(矛盾|纠纷)/.test(text)) return GridReportSeverity.MAJOR_DISPUTE;
  if (/预警/.test(text)) return GridReportSeverity.WARNING_DISPUTE;
  return GridReportSeverity.GENERAL;
}

/** "12号网格平安" → SAFE; "12号网格：<what happened>" → INCIDENT with a severity from its words; anything else → null. */
export function parseGridSms(raw: string): ParsedSms | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const safe = SAFE.exec(text);
  if (safe) return { number: Number(safe[1]), status: GridReportStatus.SAFE, severity: null, text: null };
  const incident = INCIDENT.exec(text);
  if (incident) {
    const body = incident[2]!.trim();
    return { number: Number(incident[1]), status: GridReportStatus.INCIDENT, severity: severityOf(body), text: body };
  }
  return null;
}
