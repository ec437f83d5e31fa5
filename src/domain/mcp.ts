// MCP access of virtual keys (spec §1.8): MCP clients, the per-key configs naming which tools of a
// client a key may execute, and the input schema of the `mcpConfigs` list.
import { z } from 'zod';
import { accessListProblem } from './access-list.js';
import { cappedList } from './list-limits.js';
import { line, requiredName } from './text-limits.js';

export interface McpClient {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface McpConfig {
  id: number;
  virtualKeyId: string;
  mcpClientId: number;
  mcpClientName: string;
  /** ["*"] = every tool, [] = none. */
  toolsToExecute: string[];
}

export function mcpClientNotFoundMessage(name: string): string {
  return `MCP client not found: ${name}`;
}

export function mcpConfigDoesNotBelongMessage(id: number): string {
  return `mcp config ${id} does not belong to this virtual key`;
}

export function duplicateMcpClientMessage(name: string): string {
  return `duplicate mcp_client_name: ${name}`;
}

export const createMcpClientSchema = z.object({
  name: requiredName('MCP client name is required'),
});

const mcpConfigInputSchema = z
  .object({
    id: z.number().int().nullish(),
    mcpClientName: requiredName('mcp_client_name is required', 'mcp_client_name'),
    toolsToExecute: cappedList(line('tools_to_execute'), 'tools_to_execute').nullish(),
  })
  .superRefine((config, ctx) => {
    const problem = config.toolsToExecute ? accessListProblem(config.toolsToExecute) : null;
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `invalid tools_to_execute for mcp client ${config.mcpClientName}: ${problem}`,
        path: ['toolsToExecute'],
      });
    }
  });

/** A full `mcpConfigs` list: each client named at most once. */
export const mcpConfigListSchema = cappedList(mcpConfigInputSchema, 'mcp_configs').superRefine((configs, ctx) => {
  const names = new Set<string>();
  configs.forEach((config, index) => {
    if (names.has(config.mcpClientName)) {
      ctx.addIssue({
        code: 'custom',
        message: duplicateMcpClientMessage(config.mcpClientName),
        path: [index, 'mcpClientName'],
      });
    }
    names.add(config.mcpClientName);
  });
});

export type McpConfigInput = z.infer<typeof mcpConfigInputSchema>;
