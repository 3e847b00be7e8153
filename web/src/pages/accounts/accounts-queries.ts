import { graphql } from '../../gql';

// The administration page: accounts (administrators) and one's own personal access tokens (analysts, administrators).

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id username displayName disabled mustChangePassword lastLoginAt createdAt createdBy
    grants { role regionCode }
  }
`);

export const ACCOUNTS = graphql(`
  query Accounts {
    accounts { ...AccountFields }
  }
`);

export const CREATE_ACCOUNT = graphql(`
  mutation CreateAccount($input: NewAccountInput!) {
    createAccount(input: $input) { ...AccountFields }
  }
`);

export const SET_ACCOUNT_ROLES = graphql(`
  mutation SetAccountRoles($accountId: Int!, $grants: [RoleGrantInput!]!) {
    setAccountRoles(accountId: $accountId, grants: $grants) { ...AccountFields }
  }
`);

export const SET_ACCOUNT_DISABLED = graphql(`
  mutation SetAccountDisabled($accountId: Int!, $disabled: Boolean!) {
    setAccountDisabled(accountId: $accountId, disabled: $disabled) { ...AccountFields }
  }
`);

export const RESET_ACCOUNT_PASSWORD = graphql(`
  mutation ResetAccountPassword($accountId: Int!, $password: String!) {
    resetAccountPassword(accountId: $accountId, password: $password) { ...AccountFields }
  }
`);

export const ACCESS_TOKENS = graphql(`
  query AccessTokens {
    accessTokens { id name createdAt expiresAt lastUsedAt }
  }
`);

export const CREATE_ACCESS_TOKEN = graphql(`
  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {
    createAccessToken(name: $name, expiresInDays: $expiresInDays) {
      token
      accessToken { id name createdAt expiresAt lastUsedAt }
    }
  }
`);

export const REVOKE_ACCESS_TOKEN = graphql(`
  mutation RevokeAccessToken($id: Int!) {
    revokeAccessToken(id: $id)
  }
`);
