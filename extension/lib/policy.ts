import { compileRules, parseJsonText, parsePolicy } from '../../core/index.ts';
import type { InputError, Policy, Rules } from '../../core/index.ts';
import { managed, managedPolicyItem, policyItem } from './settings.ts';

/** The institution's policy in force: the centre's IT (storage.managed) first, then the one imported. */
export interface PolicyInForce {
  source: 'managed' | 'imported' | 'default';
  policy: Policy | null;
  /** A managed policy that does not validate is not used; its errors are shown in the options page. */
  managedErrors?: InputError[];
}

export async function policyInForce(): Promise<PolicyInForce> {
  const text = await managed(managedPolicyItem, null);
  let managedErrors: InputError[] | undefined;
  if (typeof text === 'string' && text.trim()) {
    const json = parseJsonText(text);
    const parsed = json.ok ? parsePolicy(json.value) : json;
    if (parsed.ok) return { source: 'managed', policy: parsed.value };
    managedErrors = parsed.errors;
  }
  const stored = await policyItem.getValue();
  if (stored) {
    const parsed = parsePolicy(stored.policy);
    if (parsed.ok)
      return { source: 'imported', policy: parsed.value, ...(managedErrors ? { managedErrors } : {}) };
  }
  return { source: 'default', policy: null, ...(managedErrors ? { managedErrors } : {}) };
}

export function rulesOf(p: PolicyInForce): Rules {
  return p.policy ? compileRules(p.policy) : compileRules();
}

export { managedAdapterInputs } from './managed-inputs.ts';
