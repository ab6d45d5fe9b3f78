import { describe, expect, it } from 'vitest';
import { exactNamesFirst, isNamedBy } from '../../src/lib/search-rank';

const ec2 = { url: '/en/notes/ec2/', meta: { title: 'Amazon EC2', names: 'Amazon Elastic Compute Cloud (Amazon EC2), EC2' } };
const ecs = { url: '/en/notes/ecs/', meta: { title: 'Amazon Elastic Container Service (Amazon ECS)', names: 'ECS, 일래스틱 컨테이너 서비스' } };
const ecr = { url: '/en/notes/ecr/', meta: { title: 'Amazon ECR' } };

describe('exact names first', () => {
  it('moves the note named exactly by the query to the front, keeping the rest in order', () => {
    expect(exactNamesFirst([ec2, ecr, ecs], 'ECS').map((r) => r.url)).toEqual(['/en/notes/ecs/', '/en/notes/ec2/', '/en/notes/ecr/']);
  });

  it('matches titles and listed names, ignoring case and spacing', () => {
    expect(isNamedBy(ec2, ' amazon ec2 ')).toBe(true);
    expect(isNamedBy(ecs, '일래스틱 컨테이너 서비스')).toBe(true);
    expect(isNamedBy(ecs, 'container')).toBe(false);
  });

  it('leaves the order alone when no name matches or the query is empty', () => {
    expect(exactNamesFirst([ec2, ecs], 'containers')).toEqual([ec2, ecs]);
    expect(exactNamesFirst([ec2, ecs], '  ')).toEqual([ec2, ecs]);
  });
});
