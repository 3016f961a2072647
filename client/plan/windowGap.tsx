import type { ReactNode } from 'react';

/** The spacer row a windowed plan table draws for a run of rows left out (see useRowWindow). */
export function planWindowGap(columns: number): (key: string, height: number) => ReactNode {
  return (key, height) => (
    <tr key={key} className="plan-window-gap" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
