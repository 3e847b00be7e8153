import { graphql } from '../gql';

// Who is asking, signing in and out, and one's own password. `me` and the sign-in fields may be asked by anyone.

export const ME = graphql(`
  query Me {
    me {
      anonymousAccess
      seesUnverified
      account { ...SessionAccount }
    }
  }
`);

export const SESSION_ACCOUNT = graphql(`
  fragment SessionAccount on Account {
    id username displayName mustChangePassword
    grants { role regionCode }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      expiresAt
      account { ...SessionAccount }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionAccount }
  }
`);

/** A region's name, for the roles of an account ("Editor · Kota Gorontalo"). */
export const REGION_NAME = graphql(`
  query RegionName($code: String!) {
    region(code: $code) { code name level kind }
  }
`);
