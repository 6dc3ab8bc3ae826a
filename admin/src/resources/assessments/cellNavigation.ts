import type { KeyboardEvent } from 'react';

const STEP: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Arrow keys on a score cell move the focus to the next editable cell that way, as in a spreadsheet
 * (rows without inputs — locked or AUTO-only — are skipped); the new cell's text is selected for typing over.
 */
export function arrowToCell(event: KeyboardEvent<HTMLElement>): void {
  const step = STEP[event.key];
  const input = event.target;
  if (!step || event.altKey || event.ctrlKey || event.metaKey || !(input instanceof HTMLInputElement) || !input.classList.contains('score-cell')) return;
  const [down, right] = step;
  const row = input.closest('tr');
  let target: HTMLInputElement | null | undefined;
  if (down) {
    const rows = [...event.currentTarget.querySelectorAll('tbody tr')];
    for (let r = rows.indexOf(row!) + down; !target && r >= 0 && r < rows.length; r += down) {
      target = rows[r]!.querySelector<HTMLInputElement>(`input.score-cell[data-indicator="${input.dataset.indicator}"]`);
    }
  } else {
    const cells = [...row!.querySelectorAll<HTMLInputElement>('input.score-cell')];
    target = cells[cells.indexOf(input) + right];
  }
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
}
