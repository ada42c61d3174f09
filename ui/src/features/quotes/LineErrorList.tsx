// Under a line: what is wrong with it, each message named by the input it is about.
import { lineErrorId, type LineErrors } from "./line-errors";

export function LineErrorList({ index, errors, columns }: { index: number; errors: LineErrors; columns: number }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <tr className="quote-line__more">
      <td colSpan={columns}>
        <ul className="quote-line__errors" role="alert">
          {Object.entries(errors).map(([field, message]) => (
            <li key={field} id={lineErrorId(index, field)} className="field__error">
              {message}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
