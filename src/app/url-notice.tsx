/** Says which parts of a shared link were not understood and so were left out of the view. */
export function UrlNotice({ dropped }: { dropped: string[] }) {
  if (dropped.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">Part of this link was not understood and was left out:</p>
      <ul className="mt-1 list-disc pl-5">
        {dropped.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
