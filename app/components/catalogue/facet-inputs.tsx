import { type ReactNode, useEffect, useState } from "react";

/**
 * A facet checkbox that follows the URL: it shows what the user just ticked at once and takes
 * the server's state again after each search (a filter removed by a link unticks it), without
 * being re-created, so keyboard focus stays on it.
 */
export function FacetCheckbox({
  id,
  name,
  value,
  selected,
  form,
  children,
}: {
  id: string;
  name: string;
  value: string;
  selected: boolean;
  form?: string;
  children: ReactNode;
}) {
  const [checked, setChecked] = useState(selected);
  useEffect(() => setChecked(selected), [selected]);
  return (
    <div className="vvg-checkbox vvg-cat-facet__option">
      <input
        className="utrecht-checkbox utrecht-checkbox--html-input"
        type="checkbox"
        id={id}
        name={name}
        value={value}
        form={form}
        checked={checked}
        onChange={(event) => setChecked(event.currentTarget.checked)}
      />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {children}
      </label>
    </div>
  );
}

/** A group of radio buttons that follows the URL (see FacetCheckbox). */
export function FacetRadios({
  idPrefix,
  name,
  selected,
  options,
}: {
  idPrefix: string;
  name: string;
  selected: string;
  options: { value: string; label: ReactNode }[];
}) {
  const [value, setValue] = useState(selected);
  useEffect(() => setValue(selected), [selected]);
  return (
    <>
      {options.map((option, index) => (
        <div className="vvg-cat-facet__option vvg-cat-radio" key={option.value}>
          <input
            type="radio"
            id={`${idPrefix}-${index}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => setValue(option.value)}
          />
          <label className="utrecht-form-label" htmlFor={`${idPrefix}-${index}`}>
            {option.label}
          </label>
        </div>
      ))}
    </>
  );
}
