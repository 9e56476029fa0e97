import { useId } from 'preact/hooks';

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (value: T) => void;
}

/** A fieldset of radio buttons: arrow keys move between options natively. */
export function RadioGroup<T extends string>({ legend, options, value, label, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset class="radio-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option} class="check">
          <input
            id={`${name}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onChange(option)}
          />
          <label for={`${name}-${option}`}>{label(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}
