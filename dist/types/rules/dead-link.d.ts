declare const _default: import("./network-rule.js").NetworkRule<Record<string, never>>;
export default _default;
