// `group` for t.loadableGroup over a loadableObject type. Pothos types `group`'s argument as the
// ref's shape (which also admits bare ids), but it always receives what the field's `load` returned,
// so the key can be read off that type.
export function groupBy<T, K>(keyOf: (item: T) => K): (item: unknown) => K {
  return (item) => keyOf(item as T);
}
