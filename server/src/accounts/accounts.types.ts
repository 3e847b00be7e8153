import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../generated/prisma/enums.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do, within the region of the grant and everything below it.',
  valuesConfig: {
    ADMINISTRATOR: {
      description: 'Manages accounts, imports published statistics, defines OFFICIAL composite methodologies.',
    },
    VERIFIER: { description: 'Dinas Sosial of a province: verifies what its kabupaten/kota submit.' },
    EDITOR: { description: 'Dinas Sosial or Bappeda of a kabupaten/kota: submits its own region’s data and targets.' },
    ANALYST: { description: 'Reads everything, unverified data included; exports; personal access tokens for scripts.' },
    VIEWER: { description: 'Reads verified and published data only.' },
  },
});

@ObjectType({ description: 'One role of an account over a region and everything below it.' })
export class RoleGrant {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;
  @Field(() => String, { description: 'Region code the role covers, with everything below it ("ID": the whole country).' })
  regionCode!: string;
}

@InputType({ description: 'One role over a region.' })
export class RoleGrantInput {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;
  @Field(() => String, {
    description: 'Region: Kemendagri code (e.g. "75" or "75.71"; "ID" for the whole country), BPS code or name.',
  })
  regionCode!: string;
}

@ObjectType({ description: 'A person who signs in.' })
export class Account {
  @Field(() => Int, { description: 'Account number.' })
  id!: number;
  @Field(() => String, { description: 'Sign-in name (lowercase).' })
  username!: string;
  @Field(() => String, { description: 'Name shown beside what the person did, e.g. "Dinas Sosial Kota Gorontalo — Rina".' })
  displayName!: string;
  @Field(() => [RoleGrant], { description: 'Roles and the regions they cover.' })
  grants!: RoleGrant[];
  @Field(() => Boolean, {
    description: 'An administrator set the password: nothing but changing it is allowed until the person has.',
  })
  mustChangePassword!: boolean;
  @Field(() => Boolean, { description: 'A disabled account cannot sign in.' })
  disabled!: boolean;
  @Field(() => String, { description: 'When the account was created (ISO 8601).' })
  createdAt!: string;
  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;
  @Field(() => String, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: string | null;
}

@ObjectType({ description: 'Who is asking: the signed-in account, or nobody.' })
export class Me {
  @Field(() => Account, { nullable: true, description: 'The signed-in account; null for anonymous visitors.' })
  account!: Account | null;
  @Field(() => Boolean, { description: 'Whether this request may read values that are not verified or published.' })
  seesUnverified!: boolean;
  @Field(() => Boolean, { description: 'Whether anonymous visitors may read the published dashboard (ANONYMOUS_ACCESS).' })
  anonymousAccess!: boolean;
}

@ObjectType({ description: 'A started session. The session itself travels in an HTTP-only cookie, never in the answer.' })
export class SignedIn {
  @Field(() => Account, { description: 'The signed-in account.' })
  account!: Account;
  @Field(() => String, { description: 'When the session ends at the latest (it also ends after 2 hours without a request).' })
  expiresAt!: string;
}

@InputType({ description: 'A new account.' })
export class NewAccountInput {
  @Field(() => String, { description: '3–64 characters: lowercase letters, digits, and . _ -' })
  username!: string;
  @Field(() => String, { description: 'Name shown beside what the person did.' })
  displayName!: string;
  @Field(() => String, { description: 'A first password (10+ characters); the person must change it at first sign-in.' })
  password!: string;
  @Field(() => [RoleGrantInput], { description: 'Roles and regions.' })
  grants!: RoleGrantInput[];
}

@ObjectType({ description: 'A personal access token (its secret is shown only when created).' })
export class AccessToken {
  @Field(() => Int, { description: 'Token number, to revoke it.' })
  id!: number;
  @Field(() => String, { description: 'What the token is for, e.g. "export script".' })
  name!: string;
  @Field(() => String, { description: 'When it was created.' })
  createdAt!: string;
  @Field(() => String, { nullable: true, description: 'When it was last used (to the minute).' })
  lastUsedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'When it stops working.' })
  expiresAt!: string | null;
}

@ObjectType({ description: 'A new personal access token.' })
export class NewAccessToken {
  @Field(() => String, {
    description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`. It cannot be shown again.',
  })
  token!: string;
  @Field(() => AccessToken, { description: 'The token’s details.' })
  accessToken!: AccessToken;
}
