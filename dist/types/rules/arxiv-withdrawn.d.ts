declare const _default: import("./network-rule.js").NetworkRule;
export default _default;
